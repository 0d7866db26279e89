import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MONTHS } from "../../src/engine/dates.js";
import { createEngine } from "../../src/engine/index.js";
import type { Extraction } from "../../src/import/extract.js";
import type { Draft } from "../../src/import/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import type { Knowledge } from "../../src/knowledge/types.js";
import { readQuestionSet, scoreSet } from "../support/question-sets.js";

/**
 * Measures a draft against hand-written expectations: recall per kind of fact, values the article does
 * not contain, and the bot's accuracy on an article's questions once the draft is served.
 */

/** Found / total per kind, with what was missed. */
export interface KindScore {
  found: number;
  total: number;
  missed: string[];
}
export type Recall = Record<string, KindScore>;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u201c\u201d"]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .replace(/[\s,.;:]+$/, "")
    .trim();

function score(recall: Recall, kind: string, ok: boolean, what: string): void {
  const k = recall[kind] ?? { found: 0, total: 0, missed: [] };
  k.total++;
  if (ok) k.found++;
  else k.missed.push(what);
  recall[kind] = k;
}

interface ExpectedPerson {
  name: string;
  title: string;
}
/** The shape of test/import/articles/*.expected.json. */
export interface Expected {
  outlet: string | null;
  date: string | null;
  events: { what: string; date: string | null; weekday: string | null; place: string | null }[];
  parties: string[];
  signatories: ExpectedPerson[];
  people: ExpectedPerson[];
  attendees: ExpectedPerson[];
  quotes: { text: string; speaker: string; date: string | null }[];
  lists: { what: string; items: string[]; complete: boolean }[];
  numbers: { value: string; unit: string; what: string }[];
  targets: { what: string; year: number; owner: string | null }[];
}

const words = (s: string) =>
  new Set(
    norm(s)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
const overlap = (a: string, b: string) => {
  const wa = words(a);
  const wb = words(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return wa.size ? n / wa.size : 0;
};

/** Scores one expected quote: found verbatim with its speaker ("quotes"), and with its date ("quote dates"). */
function scoreQuote(
  r: Recall,
  ex: Extraction,
  q: { text: string; speaker: string; date?: string | null | undefined },
): void {
  const hit = ex.quotes.find((x) => norm(x.text) === norm(q.text));
  score(r, "quotes", Boolean(hit && hit.speaker?.name === q.speaker), `${q.speaker}: ${q.text.slice(0, 50)}`);
  score(
    r,
    "quote dates",
    Boolean(hit && (hit.date ?? null) === (q.date ?? null)),
    `${q.date}: ${q.text.slice(0, 40)}`,
  );
}

/** Recall of an extraction against an article's expected.json, per kind. */
export function recallAgainst(ex: Extraction, exp: Expected): Recall {
  const r: Recall = {};
  score(r, "outlet", norm(ex.outlet?.value ?? "") === norm(exp.outlet ?? ""), `outlet ${exp.outlet}`);
  score(r, "publication date", (ex.published?.value ?? null) === exp.date, `date ${exp.date}`);
  for (const e of exp.events) {
    const hit = e.date
      ? ex.events.some((x) => x.date === e.date)
      : ex.events.some((x) => !x.date && (x.weekday ?? null) === e.weekday);
    score(r, "dates", hit, `${e.date ?? e.weekday}: ${e.what}`);
    if (e.weekday)
      score(
        r,
        "weekdays",
        ex.events.some((x) => x.weekday === e.weekday && x.date === (e.date ?? undefined)),
        `${e.weekday}`,
      );
    if (e.place)
      score(
        r,
        "places",
        ex.events.some((x) => x.place && norm(x.place) === norm(e.place as string)),
        e.place,
      );
  }
  for (const p of exp.parties)
    score(
      r,
      "parties",
      ex.parties.some((x) => norm(x.name) === norm(p)),
      p,
    );
  const samePerson = (list: Extraction["people"], p: ExpectedPerson) =>
    list.some((x) => x.name === p.name && norm(x.title ?? "") === norm(p.title));
  for (const p of exp.people) score(r, "people", samePerson(ex.people, p), `${p.title} ${p.name}`);
  for (const p of exp.signatories) score(r, "signatories", samePerson(ex.signatories, p), p.name);
  for (const p of exp.attendees) score(r, "attendees", samePerson(ex.attendees, p), p.name);
  for (const q of exp.quotes) scoreQuote(r, ex, q);
  for (const l of exp.lists) {
    const mine = ex.lists.find((x) => l.items.some((it) => x.items.some((y) => norm(y) === norm(it))));
    for (const it of l.items)
      score(r, "list items", Boolean(mine?.items.some((y) => norm(y) === norm(it))), it);
    score(r, "list complete flags", mine?.complete === l.complete, `${l.what}: complete=${l.complete}`);
  }
  for (const n of exp.numbers) {
    score(
      r,
      "numbers",
      ex.numbers.some((x) => x.value === n.value),
      `${n.value} ${n.unit}`,
    );
  }
  for (const t of exp.targets) {
    const hit = ex.targets.some((x) => x.year === t.year && overlap(t.what, x.what) >= 0.5);
    score(r, "targets", hit, `${t.year}: ${t.what}`);
  }
  return r;
}

/**
 * Recall of the seed article's extraction against the shipped knowledge: its dates, places, people,
 * quotes (verbatim, with speaker), list items (sectors) and targets.
 */
export function recallAgainstKnowledge(ex: Extraction, k: Knowledge): Recall {
  const r: Recall = {};
  for (const e of k.entries) {
    for (const d of e.facts.dates)
      score(
        r,
        "dates",
        ex.events.some((x) => x.date === d.date),
        `${d.label} ${d.date}`,
      );
    for (const p of e.facts.places) {
      score(
        r,
        "places",
        ex.places.some((x) => norm(x.value) === norm(p)) ||
          ex.events.some((x) => x.place === p) ||
          hostCityOf(ex, p),
        p,
      );
    }
    for (const p of e.facts.people) {
      score(
        r,
        "people",
        ex.people.some((x) => x.name === p.name && norm(x.title ?? "") === norm(p.office)),
        `${p.office} ${p.name}`,
      );
    }
    for (const q of e.quotes) scoreQuote(r, ex, q);
    for (const s of e.facts.sectors) {
      score(
        r,
        "list items",
        ex.lists.some((l) => l.items.some((it) => norm(it).includes(norm(s)))),
        s,
      );
    }
    for (const t of e.facts.targets) {
      score(
        r,
        "targets",
        ex.targets.some((x) => x.year === t.year && norm(x.what).includes(norm(t.what))),
        `${t.year} ${t.what}`,
      );
    }
  }
  return r;
}

/** "Kota Kediri" counts when the draft names it as the city of the venue. */
function hostCityOf(ex: Extraction, place: string): boolean {
  return (
    ex.events.some((e) => e.place?.endsWith(place.split(" ").pop() ?? "\0")) &&
    ex.sentences.some((s) => s.text.includes(place))
  );
}

/** Adds recalls kind by kind. */
export function addRecall(into: Recall, more: Recall): Recall {
  for (const [k, v] of Object.entries(more)) {
    const t = into[k] ?? { found: 0, total: 0, missed: [] };
    t.found += v.found;
    t.total += v.total;
    t.missed.push(...v.missed);
    into[k] = t;
  }
  return into;
}

/**
 * Every fact value of a draft that the article does not contain as written: sources, parties, people
 * (names and offices), places, list items, targets (what and year), quotes (verbatim) and dates (the
 * comment names the written form, which must be in the article). Returns the untraceable values.
 */
export function untraceable(draft: Draft, article: string): string[] {
  const text = norm(article.replace(/\n/g, " "));
  // Quotes may run over paragraphs: the article's text with its quote marks and paragraph breaks removed.
  const has = (v: string) => text.includes(norm(v));
  const bad: string[] = [];
  const src = draft.data.sources[0] as Record<string, string>;
  // "akhir tahun lalu" in an article dated 2026 is 2025: a year counted from the article's own date.
  const published = Number(src.date?.slice(0, 4));
  const relativeYears = published
    ? [...text.matchAll(/\btahun (lalu|kemarin|silam|ini|depan)\b/g)].map(
        (m) => published + ({ lalu: -1, kemarin: -1, silam: -1, ini: 0, depan: 1 }[m[1] as string] ?? 0),
      )
    : [];
  if (!has(src.outlet ?? "") && !/^Siaran pers/.test(src.outlet ?? "") && src.outlet !== "Naskah berita")
    bad.push(`outlet ${src.outlet}`);
  if (src.title && !has(src.title)) bad.push(`title ${src.title}`);
  for (const p of draft.data.parties) if (!has(p.name)) bad.push(`party ${p.name}`);
  for (const e of draft.data.entries) {
    const f = (e.facts ?? {}) as Record<string, unknown[]>;
    for (const p of (f.people ?? []) as { name: string; office: string }[]) {
      if (!has(p.name)) bad.push(`${e.id}: person ${p.name}`);
      if (!has(p.office)) bad.push(`${e.id}: office ${p.office}`);
    }
    for (const p of (f.places ?? []) as string[]) if (!has(p)) bad.push(`${e.id}: place ${p}`);
    for (const s of (f.sectors ?? []) as string[]) if (!has(s)) bad.push(`${e.id}: item ${s}`);
    for (const t of (f.targets ?? []) as { what: string; year: number }[]) {
      if (!has(t.what)) bad.push(`${e.id}: target ${t.what}`);
      if (!text.includes(String(t.year))) bad.push(`${e.id}: target year ${t.year}`);
    }
    for (const y of (f.years ?? []) as number[])
      if (!text.includes(String(y)) && !relativeYears.includes(y)) bad.push(`${e.id}: year ${y}`);
    for (const q of (e.quotes ?? []) as { text: string; speaker: string; office: string }[]) {
      if (!has(q.text.replace(/\.$/, ""))) bad.push(`${e.id}: quote ${q.text.slice(0, 40)}`);
      if (!has(q.speaker)) bad.push(`${e.id}: speaker ${q.speaker}`);
      if (!has(q.office)) bad.push(`${e.id}: speaker office ${q.office}`);
    }
    for (const d of (f.dates ?? []) as { date: string }[]) {
      // The draft's comment above each date names the written form: «Senin malam (2/2)».
      const [y, m, day] = d.date.split("-").map(Number) as [number, number, number];
      const forms = [`${day}/${m}`, `${day} ${MONTH_NAMES[m - 1]}`];
      if (!forms.some((x) => text.includes(norm(x)))) bad.push(`${e.id}: date ${d.date}`);
      if (!text.includes(String(y)) && !text.includes(`${day}/${m}`)) bad.push(`${e.id}: year of ${d.date}`);
    }
  }
  return bad;
}

/** Month names in order, lower case, from the engine's own calendar words. */
const MONTH_NAMES = [...MONTHS];

/** Result of asking an article's questions. */
export interface Accuracy {
  inScope: { ok: number; total: number };
  outOfScope: { ok: number; total: number };
  failures: string[];
}

/**
 * Serves the draft (alone, or beside the shipped knowledge) from a temp folder and asks the article's
 * questions, scored as ../shared/eval/score.mjs scores them.
 */
export function botAccuracy(draft: Draft, tsvPath: string, withShipped: boolean): Accuracy {
  const dir = mkdtempSync(join(tmpdir(), "import-acc-"));
  try {
    writeFileSync(join(dir, "draft.yaml"), draft.yaml);
    if (withShipped)
      writeFileSync(join(dir, "shipped.yaml"), readFileSync("knowledge/kerja-sama-madiun-kediri.yaml"));
    const loaded = loadKnowledgeDir(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
    const engine = createEngine(loaded.knowledge);
    const s = scoreSet(engine, readQuestionSet(tsvPath));
    return {
      inScope: { ok: s.inOk, total: s.inN },
      outOfScope: { ok: s.outOk, total: s.outN },
      failures: s.failures,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "12/13 (92.3%)" */
export function pct(found: number, total: number): string {
  return `${found}/${total} (${total ? ((100 * found) / total).toFixed(1) : "n/a"}%)`;
}
