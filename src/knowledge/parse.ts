import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from "yaml";
import { decodeKnowledgeText } from "./decode.js";
import { errorAt, type KnowledgeProblem } from "./problem.js";
import { answerTypesHelp, type FileData, fileSchema, KNOWN_KEYS, meantAnswerType } from "./schema.js";

/** A knowledge file given as text. `path` is shown to staff (relative to the working directory). */
export interface KnowledgeFile {
  path: string;
  content: string;
}

/** One file that passed syntax and schema checks, with what is needed to locate its nodes. */
export interface ParsedFile {
  path: string;
  data: FileData;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** A line and column (1-based) in a file. */
export interface Position {
  line: number;
  column: number;
}

const TOP_KEYS = ["sources", "parties", "examples", "entries", "tolak"];
const MAX_SYNTAX_PROBLEMS = 10;

/**
 * Parses one file's text: size and encoding, YAML syntax, then the schema. Returns the parsed file when
 * it has no errors, plus every problem found (warnings such as a BOM included). Pure; never throws.
 */
export function parseKnowledgeFile(file: KnowledgeFile): {
  parsed?: ParsedFile;
  problems: KnowledgeProblem[];
} {
  try {
    return parseUnsafe(file);
  } catch (e) {
    // The YAML library throws while resolving an alias whose anchor is missing ("*teks" typed at the start
    // of a value); anything else is unexpected. Either way staff get Indonesian, never parser English.
    const alias = /alias/i.test((e as Error).message);
    return {
      problems: [
        errorAt(
          file.path,
          1,
          1,
          alias
            ? "berkas memakai alias YAML (tanda * di awal teks) yang jangkarnya (&) tidak ada"
            : "berkas tidak bisa dibaca sebagai YAML",
          alias
            ? 'teks yang diawali tanda * harus diberi tanda kutip, misalnya "*catatan"'
            : "periksa penulisan berkas; bila ragu, salin contoh dari berkas pengetahuan yang ada",
        ),
      ],
    };
  }
}

function parseUnsafe(file: KnowledgeFile): { parsed?: ParsedFile; problems: KnowledgeProblem[] } {
  const decoded = decodeKnowledgeText(file.content, file.path);
  if (!decoded.ok) return { problems: [decoded.problem] };
  const warnings = decoded.warnings;
  const content = decoded.text;
  if (content.trim() === "" || content.split("\n").every((l) => /^\s*(#.*)?$/.test(l))) {
    return {
      problems: [
        ...warnings,
        errorAt(
          file.path,
          1,
          1,
          "berkas kosong (tidak ada isi selain komentar)",
          "isi berkas dengan sources: dan entries: seperti berkas pengetahuan yang lain, atau hapus berkasnya",
        ),
      ],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(content, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  if (doc.errors.length) {
    if (!looksLikeKnowledge(content)) return { problems: [...warnings, notKnowledge(file.path)] };
    return { problems: [...warnings, ...syntaxProblems(file.path, content, doc.errors, lines)] };
  }
  const contents = doc.contents as Node | null;
  if (
    !isMap(contents) ||
    !contents.items.some((p) => isScalar(p.key) && TOP_KEYS.includes(String(p.key.value)))
  ) {
    return { problems: [...warnings, notKnowledge(file.path)] };
  }
  const raw = doc.toJS({ maxAliasCount: 100 }) as unknown;
  const result = fileSchema.safeParse(raw);
  if (!result.success) {
    const seen = new Set<string>();
    const problems: KnowledgeProblem[] = [];
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
      const at = unknownKey ? locate(doc, lines, [...path, unknownKey], true) : locate(doc, lines, path);
      const message = `${describePath(raw, path)}: ${issue.message}`;
      const key = `${at.line}:${at.column}:${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const hint = unknownKey
        ? unknownKeyHint(unknownKey)
        : (fieldHint(path, issue.message) ??
          "bandingkan dengan butir lain yang sudah benar, atau dengan petunjuk di awal berkas pengetahuan");
      problems.push(errorAt(file.path, at.line, at.column, message, hint));
    }
    return { problems: [...warnings, ...problems] };
  }
  return { parsed: { path: file.path, data: result.data, doc, lines }, problems: warnings };
}

function looksLikeKnowledge(content: string): boolean {
  return /^(sources|parties|examples|entries|tolak)\s*:/m.test(content);
}

function notKnowledge(file: string): KnowledgeProblem {
  return errorAt(
    file,
    1,
    1,
    "berkas ini bukan berkas pengetahuan: isinya harus YAML dengan kolom sources:, entries: (dan boleh parties:, examples:)",
    "mulailah dari salinan berkas pengetahuan yang ada; berkas lain (catatan, dokumen) jangan disimpan di folder knowledge/",
  );
}

/**
 * One message per mistake. The parser reports follow-on errors after the first structural one, so:
 * lines indented with tabs (the commonest mistake, certain by itself) are reported one each and
 * nothing else; otherwise every duplicate key plus only the first structural error.
 */
function syntaxProblems(
  file: string,
  content: string,
  errors: YAMLError[],
  lines: LineCounter,
): KnowledgeProblem[] {
  const tabLines = content
    .split("\n")
    .map((text, i) => ({ line: i + 1, column: /^ *\t/.exec(text)?.[0].length ?? 0 }))
    .filter((l) => l.column > 0);
  if (tabLines.length) {
    return tabLines
      .slice(0, MAX_SYNTAX_PROBLEMS)
      .map((l) => errorAt(file, l.line, l.column, yamlMessage("TAB_AS_INDENT"), yamlHint("TAB_AS_INDENT")));
  }
  const out: KnowledgeProblem[] = [];
  let structural = false;
  for (const e of errors) {
    const isDuplicate = e.code === "DUPLICATE_KEY";
    if (!isDuplicate && structural) continue;
    if (!isDuplicate) structural = true;
    const pos = lines.linePos(e.pos[0]);
    if (isDuplicate) {
      // Name the column, and for a list say how to merge ("izinkan" written once per question asked).
      const key = /^\s*(?:-\s*)?([A-Za-z_]+)\s*:/.exec(content.split("\n")[pos.line - 1] ?? "")?.[1];
      if (key) {
        out.push(
          errorAt(
            file,
            pos.line,
            pos.col,
            `kolom "${key}" ditulis dua kali dalam satu bagian`,
            `tulis "${key}" sekali saja dan gabungkan isinya dalam satu daftar, misalnya ${key}: ["isi pertama", "isi kedua"]`,
          ),
        );
        if (out.length >= MAX_SYNTAX_PROBLEMS) break;
        continue;
      }
    }
    out.push(errorAt(file, pos.line, pos.col, yamlMessage(e.code), yamlHint(e.code)));
    if (out.length >= MAX_SYNTAX_PROBLEMS) break;
  }
  return out;
}

/** Indonesian text for each YAML parser error code. */
function yamlMessage(code: YAMLError["code"]): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "kolom yang sama ditulis dua kali dalam satu bagian";
    case "TAB_AS_INDENT":
      return "indentasi memakai tab";
    case "BAD_INDENT":
      return "indentasi (jumlah spasi di awal baris) tidak cocok dengan baris sebelumnya";
    case "MISSING_CHAR":
      return "ada tanda yang kurang (titik dua setelah nama kolom, atau penutup tanda kutip/kurung)";
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return "baris ini tampak seperti kolom, tetapi susunannya salah (mungkin lupa titik dua atau salah indentasi)";
    case "BAD_DQ_ESCAPE":
      return "tanda garis miring terbalik (\\) di dalam tanda kutip ganda tidak sah";
    case "BAD_SCALAR_START":
      return "nilai tidak boleh diawali tanda ini (misalnya @ atau `) tanpa tanda kutip";
    case "MULTIPLE_DOCS":
      return "berkas berisi lebih dari satu dokumen (ada baris ---)";
    case "KEY_OVER_1024_CHARS":
      return "nama kolom terlalu panjang (mungkin titik dua di tengah kalimat)";
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
    case "RESOURCE_EXHAUSTION":
      return "pemakaian alias YAML (* atau &) tidak sah atau berlebihan";
    case "NON_STRING_KEY":
      return "nama kolom harus berupa teks";
    case "UNEXPECTED_TOKEN":
      return "ada tanda yang tidak diharapkan di sini";
    default:
      return `penulisan YAML tidak sah (${code})`;
  }
}

function yamlHint(code: YAMLError["code"]): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "hapus salah satunya atau gabungkan isinya";
    case "TAB_AS_INDENT":
      return "ganti tab dengan spasi (dua spasi per tingkat); atur editor agar menulis spasi saat menekan Tab";
    case "BAD_DQ_ESCAPE":
      return "tulis \\\\ untuk garis miring terbalik, atau pakai tanda kutip tunggal";
    case "BAD_SCALAR_START":
    case "KEY_OVER_1024_CHARS":
      return 'apit teksnya dengan tanda kutip ganda, misalnya answer: "..."';
    case "MULTIPLE_DOCS":
      return "hapus baris --- atau pisahkan menjadi berkas lain";
    default:
      return "periksa indentasi (spasi, bukan tab), titik dua setelah nama kolom, dan tanda kutip yang berpasangan; teks yang memuat titik dua sebaiknya diapit tanda kutip";
  }
}

const FIELD_HINTS: Record<string, string> = {
  speaker: "setiap kutipan perlu pembicara, misalnya speaker: Maidi",
  office: "tulis jabatan, misalnya office: Wali Kota Madiun",
  date: "setiap tanggal ditulis TTTT-BB-HH, misalnya date: 2026-01-14",
  answer:
    "tulis jawaban untuk warga setelah answer: (untuk teks panjang pakai answer: >- lalu baris baru berindentasi)",
  questions: "tulis contoh pertanyaan warga sebagai daftar, setiap baris diawali - ",
  answers: "tulis jenis pertanyaan yang dijawab, misalnya answers: [date, place]",
  source: "tulis id salah satu sumber di bagian sources:",
  id: "tulis id unik dengan huruf kecil dan tanda hubung, misalnya id: tanggal-penandatanganan",
  topic: "tulis topik singkat, misalnya topic: Tanggal penandatanganan",
  outlet: "tulis nama media, misalnya outlet: KETIK",
  text: "tulis isi kutipan setelah text:",
};

function fieldHint(path: (string | number)[], message: string): string | undefined {
  if (/tanda kutip/.test(message)) return 'apit nilainya dengan tanda kutip ganda, misalnya "120"';
  if (path.includes("answers") && /tidak dikenal/.test(message)) {
    const written = /"([^"]*)"/.exec(message)?.[1];
    const meant = written ? meantAnswerType(written) : undefined;
    return `${meant ? `tulis ${meant} (bukan "${written}"). ` : ""}Jenis yang sah, satu per baris:${answerTypesHelp()}`;
  }
  const last = [...path].reverse().find((p) => typeof p === "string");
  if (typeof last === "string" && FIELD_HINTS[last]) return FIELD_HINTS[last];
  if (/daftar/.test(message))
    return 'tulis sebagai daftar: setiap isi di baris sendiri diawali "- ", atau [a, b]';
  return undefined;
}

function unknownKeyHint(key: string): string {
  const near = KNOWN_KEYS.map((k) => ({ k, d: editDistance(key.toLowerCase(), k) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)[0];
  if (near) return `mungkin maksudnya "${near.k}"?`;
  return "periksa ejaan nama kolom dan indentasinya (kolom yang menjorok salah bisa terbaca sebagai kolom lain)";
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/**
 * Finds the line/column of the YAML node at a schema path (or its nearest existing parent). With
 * `key`, points at the last path element's key rather than its value.
 */
export function locate(
  doc: Document.Parsed,
  lines: LineCounter,
  path: readonly (string | number)[],
  key = false,
): Position {
  let node: unknown = doc.contents;
  let best: Node | null = (doc.contents as Node | null) ?? null;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      const last = i === path.length - 1;
      node = pair.value;
      best =
        last && key
          ? ((pair.key as Node | null) ?? best)
          : ((pair.value as Node | null) ?? (pair.key as Node | null) ?? best);
    } else if (isSeq(node) && typeof step === "number") {
      node = node.items[step];
      if (!node) break;
      best = node as Node;
    } else break;
  }
  const pos = lines.linePos(best?.range?.[0] ?? 0);
  return { line: pos.line, column: pos.col };
}

/** Human path: `butir "tujuan", quotes[2].speaker` (1-based list positions, entry named by its id). */
function describePath(raw: unknown, path: (string | number)[]): string {
  if (path.length === 0) return "berkas";
  let head = "";
  let rest = path;
  if (path[0] === "entries" && typeof path[1] === "number") {
    const entry = (raw as { entries?: unknown[] }).entries?.[path[1]] as { id?: unknown } | undefined;
    head = typeof entry?.id === "string" ? `butir "${entry.id}"` : `butir ke-${path[1] + 1}`;
    rest = path.slice(2);
  }
  const tail = rest
    .map((p) => (typeof p === "number" ? `[${p + 1}]` : p))
    .join(".")
    .replace(/\.\[/g, "[");
  return head && tail ? `${head}, ${tail}` : head || tail;
}
