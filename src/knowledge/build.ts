import { createHash } from "node:crypto";
import {
  answerTypes,
  expandReferences,
  fileReferenceValues,
  referenceValues,
  withFileReferences,
} from "./facts.js";
import { locate, type ParsedFile, type Position } from "./parse.js";
import type { Entry, Knowledge, MustDecline, Party, Source } from "./types.js";
import type { QuestionPositions } from "./validate.js";

const digests = new WeakMap<ParsedFile, string>();

/** sha256 of a file's parsed content, remembered per parsed file (the parse cache reuses them). */
function fileDigest(f: ParsedFile): string {
  let d = digests.get(f);
  if (!d) {
    d = createHash("sha256").update(JSON.stringify(f.data)).digest("hex");
    digests.set(f, d);
  }
  return d;
}

/** A fact label as words: "pelatihan-mulai" and "pelatihan_mulai" read "pelatihan mulai". */
export function readableLabel(label: string): string {
  return label.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
}

/**
 * The Entry built from a parsed entry, remembered per parsed object: the parse cache hands back the same
 * objects for a file that did not change, so a reload of a large knowledge rebuilds only the entries of
 * the edited file (and the behaviour check sees the others as the very same objects). Reused only with
 * the same source, file and line.
 */
const built = new WeakMap<object, { entry: Entry; source: Source; file: string; line: number }>();

/**
 * Per file, the entries of its last build with their content: an edited file's other entries come out
 * equal, and the equal object is handed back, so what is worked out per entry (dated facts, topic forms,
 * the behaviour check's fingerprints) is not worked out again for the 999 entries of a 1,000-entry file
 * that a save did not touch. Kept for the last few files only.
 */
const lastOfFile = new Map<string, Map<string, { entry: Entry; json: string }>>();
const LAST_FILES_KEPT = 64;

/**
 * Merges validated files into one Knowledge (first definition wins for a repeated id; validation has
 * already reported it). The version is a short sha256 of the parsed content, so comments and
 * formatting do not change it. Also returns where each entry's questions are written.
 */
export function buildKnowledge(files: readonly ParsedFile[]): {
  knowledge: Knowledge;
  positions: QuestionPositions;
} {
  const sources = new Map<string, Source>();
  const parties = new Map<string, Party>();
  const examples: string[] = [];
  const mustDecline: MustDecline[] = [];
  for (const pf of files) {
    pf.data.tolak.forEach((question, i) => {
      mustDecline.push({ question, file: pf.path, line: locate(pf.doc, pf.lines, ["tolak", i]).line });
    });
    for (const s of pf.data.sources) if (!sources.has(s.id)) sources.set(s.id, { ...s });
    for (const p of pf.data.parties) {
      if (!parties.has(p.key)) {
        parties.set(p.key, { key: p.key, name: p.name, aliases: p.aliases.map((a) => a.toLowerCase()) });
      }
    }
    examples.push(...pf.data.examples);
  }
  const entries: Entry[] = [];
  const positions = new Map<string, { file: string; question(index: number): Position }>();
  for (const pf of files) {
    const before = lastOfFile.get(pf.path);
    const now = new Map<string, { entry: Entry; json: string }>();
    // Worked out only when an entry of the file is built (not for a file whose entries are all reused).
    let fileValues: ReturnType<typeof fileReferenceValues> | undefined;
    const valuesOfFile = () => {
      fileValues ??= fileReferenceValues(pf.data.entries.map((e) => e.facts));
      return fileValues;
    };
    pf.data.entries.forEach((e, i) => {
      const source = sources.get(e.source);
      if (positions.has(e.id) || !source) return;
      const at = locate(pf.doc, pf.lines, ["entries", i]);
      positions.set(e.id, {
        file: pf.path,
        question: (j: number) => locate(pf.doc, pf.lines, ["entries", i, "questions", j]),
      });
      // Reused only from the same parsed object: the parse cache hands back the objects of an unchanged
      // file, whose reference values (fileValues) are then unchanged too.
      const was = built.get(e);
      if (was && was.file === pf.path && was.line === at.line && sameSource(was.source, source)) {
        entries.push(was.entry);
        const kept = before?.get(e.id);
        now.set(
          e.id,
          kept?.entry === was.entry ? kept : { entry: was.entry, json: JSON.stringify(was.entry) },
        );
        return;
      }
      let entry = buildEntry(e, source, valuesOfFile, { file: pf.path, line: at.line });
      const json = JSON.stringify(entry);
      const same = before?.get(e.id);
      if (same && same.json === json) entry = same.entry;
      built.set(e, { entry, source: entry.source, file: pf.path, line: at.line });
      now.set(e.id, { entry, json });
      entries.push(entry);
    });
    if (!lastOfFile.has(pf.path) && lastOfFile.size >= LAST_FILES_KEPT) lastOfFile.clear();
    lastOfFile.set(pf.path, now);
  }
  const hash = createHash("sha256");
  for (const f of files) hash.update(f.path).update("\0").update(fileDigest(f)).update("\0");
  return {
    knowledge: {
      entries,
      parties: [...parties.values()],
      sources: [...sources.values()],
      examples,
      mustDecline,
      version: hash.digest("hex").slice(0, 12),
      files: files.map((f) => f.path),
    },
    positions,
  };
}

const sameSource = (a: Source, b: Source) => a === b || JSON.stringify(a) === JSON.stringify(b);

type ParsedEntry = ParsedFile["data"]["entries"][number];

/** One Entry of the knowledge from its parsed form: references expanded, years gathered. */
function buildEntry(
  e: ParsedEntry,
  source: Source,
  fileValues: () => ReturnType<typeof fileReferenceValues>,
  location: Entry["location"],
): Entry {
  const facts = e.facts ?? {
    dates: [],
    places: [],
    people: [],
    sectors: [],
    targets: [],
    years: [],
    numbers: [],
    organisations: [],
  };
  const years = new Set<number>(facts.years);
  for (const d of facts.dates) years.add(Number(d.date.slice(0, 4)));
  for (const t of facts.targets) years.add(t.year);
  for (const q of e.quotes) if (q.date) years.add(Number(q.date.slice(0, 4)));
  return {
    id: e.id,
    topic: e.topic,
    // `{label}` references show the fact's value: staff change a date or number once, in facts.
    answer: (e.answer.includes("{")
      ? expandReferences(e.answer, withFileReferences(referenceValues(facts), fileValues()))
      : e.answer
    )
      .replace(/\s+/g, " ")
      .trim(),
    questions: e.questions,
    keywords: e.keywords,
    answers: answerTypes(e.answers, facts, e.quotes.length),
    about: e.about,
    // A label is shown to citizens ("sejak pelatihan selesai"): a file's "pelatihan-selesai" reads as words.
    facts: {
      ...facts,
      dates: facts.dates.map((d) => ({ ...d, label: readableLabel(d.label) })),
      numbers: facts.numbers.map((n) => ({ ...n, label: readableLabel(n.label) })),
      years: [...years].sort(),
    },
    quotes: e.quotes.map((q) => ({ ...q, text: q.text.replace(/\s+/g, " ").trim() })),
    related: e.related,
    allow: e.izinkan,
    source,
    location,
  };
}
