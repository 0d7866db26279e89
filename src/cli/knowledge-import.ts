import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { draftFromArticle } from "../import/index.js";
import { slug } from "../import/text.js";
import { loadKnowledgeDir } from "../knowledge/load.js";
import { impossibleDate } from "../knowledge/validate.js";
import { isMain } from "./is-main.js";

/**
 * `npm run knowledge:import -- ARTICLE.txt [--outlet NAME] [--date YYYY-MM-DD] [--out FILE] [--force]`:
 * drafts knowledge from a plain-text news article into `knowledge/draft/<article>.yaml` (a folder the bot
 * does not serve). Messages are Indonesian (staff run it). Returns the exit code; never throws.
 */
export interface ImportOptions {
  article: string;
  outlet?: string;
  date?: string;
  out?: string;
  /** The live knowledge folder (ids, party keys and questions are not repeated). */
  knowledgeDir: string;
  force?: boolean;
  print?: (line: string) => void;
}

/** Runs the import; 0 when the draft was written. */
export function runKnowledgeImport(o: ImportOptions): number {
  const out = o.print ?? ((line: string) => console.log(line));
  if (o.date && (!/^\d{4}-\d{2}-\d{2}$/.test(o.date) || impossibleDate(o.date))) {
    out(`--date tidak valid: "${o.date}" (tulis TTTT-BB-HH, misalnya 2026-01-14)`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(o.article, "utf8");
  } catch {
    out(`Naskah berita tidak bisa dibaca: ${o.article}`);
    return 2;
  }
  if (!text.trim()) {
    out(`Naskah berita kosong: ${o.article}`);
    return 2;
  }
  const name = basename(o.article).replace(/\.[^.]+$/, "");
  const target = o.out ?? join(o.knowledgeDir, "draft", `${slug(name) || "berita"}.yaml`);
  if (existsSync(target) && !o.force) {
    out(`Berkas ${target} sudah ada; tulis --force untuk menimpanya, atau pilih --out lain.`);
    return 2;
  }
  const live = loadKnowledgeDir(o.knowledgeDir);
  const { extraction, draft, takeOvers } = draftFromArticle(text, {
    ...(o.outlet ? { outlet: o.outlet } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(live.ok ? { live: live.knowledge } : {}),
    sourceId: slug(name),
    articleName: basename(o.article),
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, draft.yaml);
  const review = (draft.yaml.match(/TINJAU:/g) ?? []).length;
  out(`Draf ditulis: ${target}`);
  out(
    `${draft.data.entries.length} butir: ${extraction.events.length} acara, ${extraction.people.length} orang, ${extraction.quotes.length} kutipan, ${extraction.lists.length} daftar, ${extraction.targets.length} target, ${extraction.numbers.length} angka.`,
  );
  out(`${review} hal ditandai TINJAU. Setiap nilai diberi komentar kalimat sumbernya.`);
  if (!extraction.outlet && !o.outlet)
    out("Nama media tidak ditemukan di naskah: tambahkan --outlet NAMA bila perlu.");
  if (!extraction.published && !o.date)
    out("Tanggal terbit tidak ditemukan di naskah: tambahkan --date TTTT-BB-HH bila diketahui.");
  const shown = relative(process.cwd(), target) || target;
  const inKnowledge = !relative(o.knowledgeDir, target).startsWith("..");
  const inDraftDir = /(^|[\\/])draft[\\/]/.test(relative(o.knowledgeDir, target));
  if (inKnowledge && !inDraftDir)
    out("PERHATIAN: berkas ini di folder pengetahuan di luar draft/, jadi bot akan langsung memakainya.");
  if (takeOvers?.length) {
    out(
      `PERHATIAN: draf masih mengambil alih ${takeOvers.length} pertanyaan butir lama (kata kunci dan pertanyaan contoh yang umum sudah dibuang otomatis); buat pertanyaan, topik atau jawaban butir draf lebih khusus:`,
    );
    for (const t of takeOvers) out(`  - ${t}`);
  } else if (takeOvers) out("Draf tidak mengambil alih pertanyaan butir lama.");
  out(`Periksa: npm run knowledge:check -- --draft ${shown}`);
  return 0;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (n: string) => {
    const i = args.indexOf(n);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const outlet = flag("--outlet");
  const date = flag("--date");
  const outFile = flag("--out");
  const knowledgeDir = flag("--knowledge") ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  const force = args.includes("--force");
  const article = args.filter((a) => !a.startsWith("--"))[0];
  if (!article) {
    console.log(
      "Pakai: npm run knowledge:import -- BERITA.txt [--outlet NAMA] [--date TTTT-BB-HH] [--out BERKAS] [--force]",
    );
    process.exitCode = 2;
  } else {
    process.exitCode = runKnowledgeImport({
      article,
      knowledgeDir,
      force,
      ...(outlet ? { outlet } : {}),
      ...(date ? { date } : {}),
      ...(outFile ? { out: outFile } : {}),
    });
  }
}
