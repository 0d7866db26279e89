import { formatLongDate, jakartaDate } from "../engine/dates.js";
import { isCommonForm } from "../engine/retrieve.js";
import type { Engine } from "../engine/types.js";
import { PREFIXES, SUFFIXES } from "../language/affixes.js";
import { boundedMemo } from "../language/memo.js";
import { contentTerms } from "../language/pipeline.js";
import type { AnswerOutline, BankQuestion } from "./behaviour.js";
import type { Entry, Knowledge } from "./types.js";

/**
 * Which questions of the behaviour check's bank a knowledge change can reach. A large knowledge has a
 * large bank (10,000 entries: 30,000 example questions, two engines, ~30 s): asking all of it on every
 * save blocks the bot for that long. An edit changes what the engine does only through the entries it
 * adds, changes or removes, and the engine finds an entry for a question only through the index: by the
 * question's search forms (its rare forms when it has any, else all its known ones, as retrieve.ts asks
 * MiniSearch). So a question is asked again when
 * - one of its search forms, under the old or the new index, is a form of a changed entry (old or new
 *   version): the changed entry was, or can become, one of its candidates, and the weights of the forms
 *   it was found by moved;
 * - one of its forms changes between common and rare, or between known and unknown (its search changes);
 * - one of its forms is unknown to the knowledge (old or new) and close to a form of a changed entry,
 *   itself or with its affixes set aside as the speller does: the word can be corrected to that form
 *   (which the change may add, remove or weigh anew) under either knowledge;
 * - its old answer names a changed entry (as an answering entry, a choice asked back, or a near entry a
 *   decline suggests; not the example questions every decline lists).
 * Anything else (parties, sources) changed, many entries changed, entries added or removed in a small
 * knowledge (with few entries the entry count moves every form's weight), or an engine without
 * `entryCount`: undefined, the whole bank is asked.
 */

/**
 * Below this many entries, a change that adds or removes entries is checked with the whole bank: every
 * form's weight depends on the entry count, and with few entries one more moves them all noticeably.
 */
const SMALL_KNOWLEDGE = 2000;
/** With more changed entries than this, the whole bank is asked. */
const MAX_CHANGED = 500;

/**
 * A text's search forms, as the index stores them (written form and stem of each content word). Bank
 * questions are the same texts reload after reload: their forms are worked out once.
 */
const termsOf = boundedMemo((text: string): { words: string[]; forms: string[] } => {
  const forms = new Set<string>();
  const words = new Set<string>();
  for (const t of contentTerms(text)) {
    words.add(t.word);
    for (const f of t.forms) forms.add(f);
  }
  return { words: [...words], forms: [...forms] };
}, 200_000);
const formsOf = (text: string): string[] => termsOf(text).forms;

/**
 * Works out the forms of every bank question ahead (a large bank at start-up, ~40 µs a question), so the
 * first reload does not pay for them.
 */
export function prepareBank(bank: readonly BankQuestion[]): void {
  for (const b of bank) formsOf(b.question);
}

/** Every text of an entry the index reads, plus what decides how a question about it is judged. */
function entryTexts(e: Entry): string[] {
  const f = e.facts;
  return [
    e.topic,
    e.answer,
    ...e.questions,
    ...e.keywords,
    ...(e.allow ?? []),
    ...e.about,
    ...e.quotes.flatMap((q) => [
      q.text,
      q.speaker,
      q.office,
      ...(q.date ? [formatLongDate(jakartaDate(q.date))] : []),
    ]),
    ...f.people.flatMap((p) => [p.name, p.office]),
    ...f.places,
    ...f.sectors,
    ...f.targets.map((t) => `${t.what} ${t.year}`),
    ...f.dates.map((d) => `${d.label} ${formatLongDate(jakartaDate(d.date))}`),
    ...(f.numbers ?? []).map((n) => `${n.label} ${n.value} ${n.unit ?? ""}`),
    ...(f.organisations ?? []),
  ];
}

/** An entry's content without where it is written (moving it in its file changes nothing). */
function fingerprint(e: Entry): string {
  return JSON.stringify({ ...e, location: undefined });
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The ids of entries added, removed or changed between two knowledge versions. */
export function changedEntries(before: Knowledge, after: Knowledge): Set<string> {
  const old = new Map(before.entries.map((e) => [e.id, e]));
  const out = new Set<string>();
  for (const e of after.entries) {
    const was = old.get(e.id);
    old.delete(e.id);
    if (was !== e && (!was || fingerprint(was) !== fingerprint(e))) out.add(e.id);
  }
  for (const id of old.keys()) out.add(id);
  return out;
}

/** A word without its vowels (two words with the same consonants may be one word misspelt). */
function consonants(w: string): string {
  return w.replace(/[aeiou]/g, "");
}

/** A word and its consonants, worked out once (near() compares many words with the same forms). */
interface Spelt {
  word: string;
  consonants: string;
}

const spelt = (word: string): Spelt => ({ word, consonants: consonants(word) });

/** Whether two words are close enough for a spelling correction to take one for the other. */
function near(a: Spelt, b: Spelt): boolean {
  const [short, long] = a.word.length < b.word.length ? [a.word, b.word] : [b.word, a.word];
  if (short.length >= 4 && long.includes(short)) return true;
  if (short.length < 3) return false;
  if (a.consonants === b.consonants) return true;
  return withinTwoEdits(a.word, b.word);
}

/** Plain prefixes the speller sets aside before correcting a derived word's root (search-index.ts). */
const PLAIN_PREFIXES = PREFIXES.filter((p) => !p.extended).map((p) => p.text);

/**
 * A word and the roots the speller corrects when the word itself has no match: the word without a
 * plain prefix and/or a suffix, five letters at least (affixAware in search-index.ts).
 */
function spellingCores(word: string): string[] {
  const cores = [word];
  for (const p of ["", ...PLAIN_PREFIXES]) {
    if (!word.startsWith(p)) continue;
    for (const x of ["", ...SUFFIXES]) {
      if ((p === "" && x === "") || !word.endsWith(x)) continue;
      const core = word.slice(p.length, word.length - x.length);
      if (core.length >= 5) cores.push(core);
    }
  }
  return cores;
}

/** Levenshtein distance <= 2 (a bounded band; the words are short). Two rows reused between calls. */
let rows: [Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64)];
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1),
      );
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > 2) return false;
    [prev, cur] = [cur, prev];
  }
  return (prev[b.length] as number) <= 2;
}

type Counting = Pick<Engine, "knowledge" | "wordForms"> & { entryCount(form: string): number };

/**
 * The bank questions a change from `before` to `after` can reach (see the file comment), or undefined
 * when the whole bank must be asked. `oldAnswer` gives the serving engine's remembered answer, if any.
 */
export function affectedQuestions(
  before: Pick<Engine, "knowledge" | "entryCount" | "wordForms"> & Partial<Pick<Engine, "examples">>,
  after: Pick<Engine, "knowledge" | "entryCount" | "wordForms">,
  bank: readonly BankQuestion[],
  oldAnswer: (question: string) => AnswerOutline | undefined = () => undefined,
): BankQuestion[] | undefined {
  if (!before.entryCount || !after.entryCount) return undefined;
  const b = before as Counting;
  const a = after as Counting;
  const kb = b.knowledge;
  const ka = a.knowledge;
  if (!sameJson(kb.parties, ka.parties) || !sameJson(kb.sources, ka.sources)) return undefined;
  const changed = changedEntries(kb, ka);
  if (changed.size > MAX_CHANGED) return undefined;
  if (changed.size === 0) return [];
  const sizeB = Math.max(1, kb.entries.length);
  const sizeA = Math.max(1, ka.entries.length);
  if (sizeA !== sizeB && Math.min(sizeA, sizeB) < SMALL_KNOWLEDGE) return undefined;

  // The forms of every changed entry, in its old and its new version.
  const touched = new Set<string>();
  const texts = new Set<string>();
  for (const k of [kb, ka]) {
    for (const e of k.entries) {
      if (!changed.has(e.id)) continue;
      for (const t of entryTexts(e)) {
        texts.add(t);
        for (const f of formsOf(t)) touched.add(f);
      }
    }
  }
  // An unknown word the speller may correct to a form of a changed entry (remembered per word).
  const touchedList = [...touched].map(spelt);
  const corrections = new Map<string, boolean>();
  const mayCorrectToTouched = (w: string): boolean => {
    let r = corrections.get(w);
    if (r === undefined) {
      // Only a word close to a form of the change (itself or its root) can be read differently or as that
      // form; the engines' own readings are asked for those alone (a reading is a spelling search).
      const close = spellingCores(w).some((c) => {
        const core = spelt(c);
        return touchedList.some((f) => near(core, f));
      });
      const rb = close ? b.wordForms?.(w) : undefined;
      const ra = close ? a.wordForms?.(w) : undefined;
      if (!close) {
        r = false;
      } else if (b.wordForms && a.wordForms) {
        // Exactly as each engine reads the word: reached when the readings differ or meet the change.
        const key = (t: typeof rb) => (t ? `${t.status} ${t.forms.join(" ")}` : "");
        r = key(rb) !== key(ra) || [...(rb?.forms ?? []), ...(ra?.forms ?? [])].some((f) => touched.has(f));
      } else {
        r = true;
      }
      corrections.set(w, r);
    }
    return r;
  };

  // Each engine's entry count of a form, remembered for this call (bank questions share most words).
  const counts = new Map<string, readonly [number, number]>();
  const countOf = (f: string): readonly [number, number] => {
    let c = counts.get(f);
    if (!c) {
      c = [b.entryCount(f), a.entryCount(f)];
      counts.set(f, c);
    }
    return c;
  };
  const readings = new Map<string, boolean>();
  const readingChanged = (w: string): boolean => {
    let r = readings.get(w);
    if (r === undefined) {
      const key = (t: ReturnType<NonNullable<Counting["wordForms"]>>) =>
        t ? `${t.status} ${t.forms.join(" ")}` : "";
      r = b.wordForms && a.wordForms ? key(b.wordForms(w)) !== key(a.wordForms(w)) : true;
      readings.set(w, r);
    }
    return r;
  };
  // A decline lists the knowledge's example questions when nothing came near: those entries took no part
  // in the question (every decline names them), unlike the near entries a decline lists otherwise.
  const examples = new Set((before.examples?.() ?? []).map((s) => `${s.entryId}\n${s.question}`));
  const offered = (c: { entryId: string; question: string }) => examples.has(`${c.entryId}\n${c.question}`);
  const reached = (item: BankQuestion): boolean => {
    if (texts.has(item.question)) return true;
    const { words, forms } = termsOf(item.question);
    const searchB: string[] = [];
    const searchA: string[] = [];
    let rareB = false;
    let rareA = false;
    for (const f of forms) {
      const [cb, ca] = countOf(f);
      const commonB = isCommonForm(cb, sizeB);
      const commonA = isCommonForm(ca, sizeA);
      if (commonB !== commonA || (cb === 0) !== (ca === 0)) return true;
      if (cb > 0) {
        searchB.push(f);
        rareB ||= !commonB;
      }
      if (ca > 0) {
        searchA.push(f);
        rareA ||= !commonA;
      }
    }
    // The engine searches a question's rare forms when it has any, else all its known ones.
    const searched = (count: number, size: number, rare: boolean) => !rare || !isCommonForm(count, size);
    if (searchB.some((f) => touched.has(f) && searched(countOf(f)[0], sizeB, rareB))) return true;
    if (searchA.some((f) => touched.has(f) && searched(countOf(f)[1], sizeA, rareA))) return true;
    for (const w of [...words, ...forms]) {
      // A known word is read as itself, but whether it counts as known can still turn on the changed
      // entry (an out-of-scope word written in an answer): a word of the change is read on both sides.
      const [cb, ca] = countOf(w);
      if (cb > 0 && ca > 0) {
        if (touched.has(w) && readingChanged(w)) return true;
        continue;
      }
      if (mayCorrectToTouched(w)) return true;
    }
    const was = oldAnswer(item.question);
    return (
      was !== undefined &&
      (was.entryIds.some((id) => changed.has(id)) ||
        was.choices.some((c) => changed.has(c.entryId) && !(was.kind === "decline" && offered(c))))
    );
  };
  return bank.filter(reached);
}
