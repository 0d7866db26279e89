import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { draftFromArticle } from "../import/index.js";
import { slug } from "../import/text.js";
import { loadKnowledgeDir } from "../knowledge/load.js";
import { impossibleDate } from "../knowledge/validate.js";
import { takeOption } from "./args.js";
import { isMain } from "./is-main.js";
import { cliStrings as S } from "./strings.js";

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
    out(S.importBadDate(o.date));
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(o.article, "utf8");
  } catch {
    out(S.importUnreadable(o.article));
    return 2;
  }
  if (!text.trim()) {
    out(S.importEmpty(o.article));
    return 2;
  }
  const name = basename(o.article).replace(/\.[^.]+$/, "");
  const target = o.out ?? join(o.knowledgeDir, "draft", `${slug(name) || "berita"}.yaml`);
  if (existsSync(target) && !o.force) {
    out(S.importExists(target));
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
  out(S.importWritten(target));
  out(
    S.importCounts({
      entries: draft.data.entries.length,
      events: extraction.events.length,
      people: extraction.people.length,
      quotes: extraction.quotes.length,
      lists: extraction.lists.length,
      targets: extraction.targets.length,
      numbers: extraction.numbers.length,
    }),
  );
  out(S.importReview(review));
  if (!extraction.outlet && !o.outlet) out(S.importNoOutlet);
  if (!extraction.published && !o.date) out(S.importNoDate);
  const shown = relative(process.cwd(), target) || target;
  const inKnowledge = !relative(o.knowledgeDir, target).startsWith("..");
  const inDraftDir = /(^|[\\/])draft[\\/]/.test(relative(o.knowledgeDir, target));
  if (inKnowledge && !inDraftDir) out(S.importServedAtOnce);
  if (takeOvers?.length) {
    out(S.importTakesOver(takeOvers.length));
    for (const t of takeOvers) out(`  - ${t}`);
  } else if (takeOvers) out(S.importNoTakeOver);
  out(S.importCheckNext(shown));
  return 0;
}

if (isMain(import.meta.url)) {
  const args = process.argv.slice(2);
  const outlet = takeOption(args, "--outlet");
  const date = takeOption(args, "--date");
  const outFile = takeOption(args, "--out");
  const knowledgeDir = takeOption(args, "--knowledge") ?? process.env.KNOWLEDGE_DIR ?? "knowledge";
  const force = args.includes("--force");
  const article = args.filter((a) => !a.startsWith("--"))[0];
  if (!article) {
    console.log(S.importUsage);
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
