/**
 * Article text: lines, paragraphs and sentences with their offsets, so every drafted value can name the
 * sentence it came from. Pure.
 */

/** One paragraph of the article (a non-empty line), with its index and its offset in the whole text. */
export interface Paragraph {
  index: number;
  text: string;
  start: number;
}

/** One sentence, inside a paragraph; `start` is its offset in the paragraph. */
export interface Sentence {
  paragraph: number;
  index: number;
  text: string;
  start: number;
}

/** Abbreviations that end with a dot but not a sentence ("Pj. Sekda", "Dr. Siti", "No. 5"). */
const ABBREVIATIONS = new Set([
  "pj",
  "plt",
  "plh",
  "dr",
  "drs",
  "dra",
  "kh",
  "ir",
  "h",
  "hj",
  "prof",
  "no",
  "st",
  "jl",
  "dll",
  "dsb",
  "kab",
  "kec",
  "kel",
  "sdr",
  "bpk",
  "rp",
  "tbk",
  "s",
  "m",
]);

/** Straight and typographic double quotes become one form each way (“ ” kept; " stays "). */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .replace(/[\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[ \t]+/g, " ");
}

/** Emoji that open a line as a bullet in social-media posts ("👥 Turut hadir ..."): not part of the text. */
const LEADING_EMOJI =
  /^(?:(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3})+\s*)+/u;

/** Emoji closing a line ("... TEKEN KERJA SAMA 💧", "... yang membutuhkan! 💙"): decoration too. */
const TRAILING_EMOJI =
  /(?:\s*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D}|\u{20E3})+)+$/u;

/**
 * Non-empty lines in order: the article's paragraphs (news text has one paragraph per line). A leading
 * emoji bullet is left out, so "👥 Turut hadir ..." reads as "Turut hadir ..."; so are emoji closing it.
 */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    const trimmed = line.trim().replace(LEADING_EMOJI, "").replace(TRAILING_EMOJI, "");
    if (trimmed) out.push({ index: out.length, text: trimmed, start: offset + line.indexOf(trimmed) });
    offset += line.length + 1;
  }
  return out;
}

/**
 * Splits a paragraph into sentences at . ! ? followed by a space and a capital letter or a quote mark,
 * except after an abbreviation, an initial or inside a quotation.
 */
export function sentencesOf(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const t = p.text;
  let start = 0;
  let inQuote = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "\u201c") inQuote = true;
    else if (c === "\u201d") inQuote = false;
    else if (c === '"') inQuote = !inQuote;
    if (c !== "." && c !== "!" && c !== "?") continue;
    // A closing quote right after the stop belongs to this sentence.
    let end = i + 1;
    while (end < t.length && /["\u201d)]/.test(t[end] ?? "")) end++;
    if (end < t.length && t[end] !== " ") continue;
    const next = t.slice(end + 1, end + 2);
    if (!/[A-Z\u201c"]/.test(next)) continue;
    if (inQuote && end === i + 1) continue;
    if (c === ".") {
      const word = /([A-Za-z]+)$/.exec(t.slice(start, i))?.[1] ?? "";
      if (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word)) continue;
    }
    if (end > i + 1) inQuote = false;
    out.push({ paragraph: p.index, index: out.length, text: t.slice(start, end).trim(), start });
    start = end + 1;
  }
  const rest = t.slice(start).trim();
  if (rest) out.push({ paragraph: p.index, index: out.length, text: rest, start });
  return out;
}

/** Collapses whitespace and unifies quote marks, for comparing a value with the article text. */
export function flat(s: string): string {
  return s
    .replace(/[\u201c\u201d"]/g, "")
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower-case ASCII slug for ids: "Suara Lembah" -> "suara-lembah". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/[^a-z0-9-]/g, "");
}

/** Words of a text (letters, digits, inner hyphens and dots of numbers). */
export function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}]+(?:[-.,][\p{L}\p{N}]+)*/gu) ?? [];
}
