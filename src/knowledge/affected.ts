import { formatLongDate, jakartaDate } from "../engine/dates.js";
import { isCommonForm } from "../engine/retrieve.js";
import type { Answer, Engine } from "../engine/types.js";
import { boundedMemo } from "../language/memo.js";
import { contentTerms } from "../language/pipeline.js";
import type { BankQuestion } from "./behaviour.js";
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
 * - one of its forms is unknown to the knowledge and close to a form the change adds or removes (the
 *   spelling correction of that word can change);
 * - its old answer names a changed entry.
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
const formsOf = boundedMemo((text: string): string[] => {
  const forms = new Set<string>();
  for (const t of contentTerms(text)) for (const f of t.forms) forms.add(f);
  return [...forms];
}, 200_000);

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

/** Whether two words are close enough for a spelling correction to take one for the other. */
function near(word: string, form: string): boolean {
  const [short, long] = word.length < form.length ? [word, form] : [form, word];
  if (short.length >= 4 && long.includes(short)) return true;
  if (short.length < 3) return false;
  const consonants = (w: string) => w.replace(/[aeiou]/g, "");
  if (consonants(word) === consonants(form)) return true;
  return withinTwoEdits(word, form);
}

/** Levenshtein distance <= 2 (a bounded band; the words are short). */
function withinTwoEdits(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > 2) return false;
    prev = cur;
  }
  return (prev[b.length] as number) <= 2;
}

type Counting = Pick<Engine, "knowledge"> & { entryCount(form: string): number };

/**
 * The bank questions a change from `before` to `after` can reach (see the file comment), or undefined
 * when the whole bank must be asked. `oldAnswer` gives the serving engine's remembered answer, if any.
 */
export function affectedQuestions(
  before: Pick<Engine, "knowledge" | "entryCount">,
  after: Pick<Engine, "knowledge" | "entryCount">,
  bank: readonly BankQuestion[],
  oldAnswer: (question: string) => Answer | undefined = () => undefined,
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
  // Forms the knowledge gains or loses: the spelling correction of an unknown word can change.
  const gainedOrLost = [...touched].filter((f) => (b.entryCount(f) === 0) !== (a.entryCount(f) === 0));

  const reached = (item: BankQuestion): boolean => {
    if (texts.has(item.question)) return true;
    const forms = formsOf(item.question);
    const searchB: string[] = [];
    const searchA: string[] = [];
    let rareB = false;
    let rareA = false;
    for (const f of forms) {
      const cb = b.entryCount(f);
      const ca = a.entryCount(f);
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
    const searched = (f: string, side: Counting, size: number, rare: boolean) =>
      !rare || !isCommonForm(side.entryCount(f), size);
    if (searchB.some((f) => touched.has(f) && searched(f, b, sizeB, rareB))) return true;
    if (searchA.some((f) => touched.has(f) && searched(f, a, sizeA, rareA))) return true;
    if (gainedOrLost.length) {
      for (const w of forms) {
        if (b.entryCount(w) > 0 && a.entryCount(w) > 0) continue;
        if (gainedOrLost.some((f) => near(w, f))) return true;
      }
    }
    const was = oldAnswer(item.question);
    return (
      was !== undefined &&
      (was.entryIds.some((id) => changed.has(id)) || was.choices.some((c) => changed.has(c.entryId)))
    );
  };
  return bank.filter(reached);
}
