import { genericWords, questionWords, stopWords } from "../language/lexicon.js";
import { normalizeText, standardize } from "../language/normalize.js";
import { mapPacked } from "../language/packed.js";
import { derivations, lemmaOf, wordClassOf } from "../language/words.js";
import { clausePositions, isFirstPerson, requestedActs } from "./positions.js";

/** Words that turn a sentence into a request even without a question word ("Mohon informasi ..."). */
const REQUESTS = new Set(["mohon", "tolong", "jelaskan", "sebutkan", "bisakah", "dapatkah", "minta", "info"]);

const NONE: ReadonlySet<string> = new Set();

/**
 * Whether words as typed (before the slang map, which drops "mohon" and "tolong") make a request: "TOLONG
 * rangkumkan ...", "MOHON dijawab". Not a request for pardon or leave ("mohon maaf mengganggu", "mohon izin"):
 * that only opens the message.
 */
function requests(typed: readonly string[]): boolean {
  return typed.some((w, i) => REQUESTS.has(w) && !OPENING_CLASSES.has(wordClassOf(typed[i + 1] ?? "maaf")));
}
/** Word classes after "mohon"/"tolong" that make it a pardon or leave, not a request. */
const OPENING_CLASSES: ReadonlySet<string> = new Set(["courtesy", "greeting"]);
/** Words (as typed) that may open a frame inside one sentence: the asker, a request to the answerer, a reason, a purpose, a condition. */
const FRAME_OPENERS =
  /\b(saya|aku|kami|kita|gue|gua|gw|kulo|sy|aq|ak|sebagai|sebagaimana|seperti|sesuai|mohon|tolong|please|anda|you|kamu|karena|krn|soale|soalnya|sebab|mergo|amarga|untuk|utk|buat|nggo|kanggo|kalau|kalo|klo|nek|lek|yen|jika|bila|apabila)\b/i;
/** Words naming the text, which a reference to it holds ("yang DIBERITAKAN", "tercantum dalam ARTIKEL"). */
const TEXT_REFERENCE = /berita|artikel|naskah|tulisan|liputan/i;
/** A part ending in a particle that asks to confirm it ("..., ya,", "... kan."). */
const CONFIRMING_END = /\b(ya|kan|to|toh|tah|po|yo|kah)\s*[,.;:!]?\s*$/i;
/**
 * A part that is only a question tag ("..., KAN?", "..., ya kan?", "..., bukan?"): it asks to confirm the
 * part before its comma, which is therefore asked too (not a scene beside a later request).
 */
const TAG_ONLY = /^(?:(?:ya|kan|to|toh|yo|bukan|benar|bener|betul)\s*){1,2}\?+$/i;
/** Words opening the address of a letter ("Kepada Yth. ...", "Yth. Admin", "Dear ..."). */
const ADDRESS = new Set(["kepada", "kpd", "yth", "dear"]);
/** Abbreviations written with a period that ends no sentence. */
const ABBREVIATIONS = /\b(yth|kpd|bpk|sdr|sdri|ibu|bp|dll|dsb|dkk)\./gi;
/** Words opening a condition ("kalau hujan, ..."). */
const CONDITIONS = new Set([
  "kalau",
  "jika",
  "jikalau",
  "apabila",
  "bila",
  "seandainya",
  "andai",
  "misal",
  "misalnya",
  "nek",
  "yen",
  "klo",
  "kalo",
]);
/** Words that point back at what was just said ("apakah BENAR DEMIKIAN", "apakah INFORMASI ITU benar"). */
const ANAPHORA = new Set([
  "benar",
  "bener",
  "betul",
  "demikian",
  "begitu",
  "gitu",
  "informasi",
  "kabar",
  "hal",
  "itu",
  "ini",
  "tersebut",
]);

/**
 * Words of a message that set the scene rather than ask: the sentences without a question when another
 * sentence asks ("Saya sedang meneliti kerja sama antardaerah di Jawa Timur. Siapa ...?"), and the role
 * right after "saya" / "sebagai" ("Sebagai jurnalis, saya ingin ..."). An unknown word among them is no
 * reason to decline; an unknown word in the question itself still is.
 */
export function sceneWords(input: string, options: { parts?: boolean } = {}): ReadonlySet<string> {
  const parts = options.parts ?? true;
  // "Yth.", "Bpk.": the period of an abbreviation ends no sentence.
  const message = input.includes(".") ? input.replace(ABBREVIATIONS, "$1") : input;
  // Most messages are one sentence without an introduction: nothing to look at.
  if (
    !/[.!?\n:;,]\s*\S/.test(message.trim()) &&
    !FRAME_OPENERS.test(message) &&
    !TEXT_REFERENCE.test(message)
  )
    return NONE;
  const out = new Set<string>();
  // Sentences, and the parts of a sentence before a colon or a comma ("Mohon maaf mengganggu, kapan
  // ...?", "ingin memastikan satu hal: apakah ...?"): a part that does not ask sets the scene.
  const all = mapPacked(message.split(parts ? /(?<=[.!?:;,])\s+|\n+/ : /(?<=[.!?])\s+|\n+/), (raw) => {
    const typed = normalizeText(raw).split(" ").filter(Boolean);
    // ("TOLONG rangkumkan ...": the slang map drops "tolong" and "mohon", which still make a request.)
    return { raw, words: standardize(typed), requests: requests(typed) };
  });
  // "Kerja sama ini antara Kota Madiun dan Kabupaten Kediri, KAN? Mohon dikoreksi ...": the part a tag
  // confirms is what the message asks (the tag itself standardizes to nothing; without it a later
  // request would leave that part as scene, its premise unchecked).
  const tagged = new Set(
    all.flatMap((s, i) =>
      i > 0 && TAG_ONLY.test(s.raw.trim()) && all[i - 1]?.raw.trimEnd().endsWith(",") ? [all[i - 1]] : [],
    ),
  );
  const sentences = all.filter((s) => s.words.length > 0);
  // A condition ("Kalau hujan, ...?") is part of what is asked, not scene.
  // (A request made only with "tolong"/"mohon" asks when no sentence asks otherwise: after a question,
  // "Mohon diluruskan." only asks that it be answered.)
  const asksOtherwise = (s: (typeof sentences)[number]) =>
    s.raw.includes("?") ||
    tagged.has(s) ||
    // "Kerja samanya dengan Kabupaten Kediri YA, bukan kota?": a statement offered to confirm asks.
    CONFIRMING_END.test(s.raw) ||
    CONDITIONS.has(s.words[0] ?? "") ||
    s.words.some((w) => questionWords.has(w) || REQUESTS.has(w));
  const byRequest = !sentences.some(asksOtherwise);
  const asks = (s: (typeof sentences)[number]) => asksOtherwise(s) || (byRequest && s.requests);
  const asking = sentences.filter(asks);
  // "Saya dengar kesepakatannya ditandatangani bupati. Apakah benar demikian?": the question only asks
  // to confirm what the sentence before it says, so that sentence is the question's content.
  const confirmsOnly = (x: { words: string[] }) =>
    x.words.every((w) => questionWords.has(w) || stopWords.has(w) || genericWords.has(w) || ANAPHORA.has(w));
  if (asking.length > 0 && asking.length < sentences.length && asking.every(confirmsOnly)) {
    // "Saya membaca di grup WhatsApp BAHWA ...": what comes before "bahwa" only says where it was heard.
    // Only what comes before the question is what "demikian" points back at: a closing "Terima kasih
    // sebelumnya." after it states nothing to confirm.
    const lastAsking = sentences.findLastIndex(asks);
    const said = mapPacked(
      sentences.filter((x, i) => !asks(x) && i < lastAsking),
      (x) => (x.words.includes("bahwa") ? x.words.slice(x.words.indexOf("bahwa") + 1) : x.words),
    );
    const stated = new Set(said.flat());
    for (const x of sentences) for (const w of x.words) if (!stated.has(w)) out.add(w);
    // (The stated sentences still have a frame of their own: "Mohon dikoreksi bila saya keliru, ...".)
  } else if (asking.length > 0 && asking.length < sentences.length) {
    const asked = new Set(asking.flatMap((s) => s.words));
    for (const s of sentences) {
      if (!asks(s)) for (const w of s.words) if (!asked.has(w)) out.add(w);
    }
  }
  for (const w of askingFrame(message, out)) out.add(w);
  return out;
}

/**
 * The frame of each asking part (clause positions): a description of the asker, the asker's reason,
 * purpose or hedge ("saya pelaku usaha keripik tempe rumahan mau tanya ...", "kalau tidak salah"), an act
 * asked of the answerer ("mohon dikoreksi"), where the text says it ("sebagaimana tercantum dalam
 * berita"). A word standing in a focus position anywhere in the message is not frame. Only words that
 * could name something (unless `anyClass`: a modality word the knowledge happens to use): the pronouns
 * and conjunctions of the frame name nothing. Words of a part
 * addressing the message ("Kepada Yth. ...") go to `address` when given.
 */
function askingFrame(message: string, address?: Set<string>, anyClass = false): Set<string> {
  const reading = frameReading(message);
  if (address) for (const w of reading.address) address.add(w);
  const out = new Set<string>();
  for (const w of reading.framed) {
    const cls = wordClassOf(w);
    if (!reading.focused.has(w) && !isFirstPerson(w) && (anyClass || cls === "content" || cls === "intro"))
      out.add(w);
  }
  return out;
}

/** The words of a message's parts by where they stand: addressing it, in a frame, or in a focus. */
interface FrameReading {
  address: string[];
  framed: ReadonlySet<string>;
  focused: ReadonlySet<string>;
}

/**
 * The parts of a message read for `askingFrame`, remembered for the last message: one question asks for
 * them up to three times (its scene by parts, by sentences, and its frame words). A pure function of the
 * message, so a message read again reads the same.
 */
let lastFrame: { message: string; reading: FrameReading } | undefined;
function frameReading(message: string): FrameReading {
  if (lastFrame?.message === message) return lastFrame.reading;
  const address: string[] = [];
  const framed = new Set<string>();
  const focused = new Set<string>();
  const parts = mapPacked(message.split(/[.,;:!?\n]+/), (part) => ({
    part,
    words: standardize(normalizeText(part).split(" ").filter(Boolean)),
  }));
  const asking = parts.filter((p) => p.words.some(asksQuestion)).length;
  for (const { part, words } of parts) {
    // "Kepada Yth. pengelola layanan informasi, ...": whom the message is addressed to asks nothing.
    if (ADDRESS.has(words[0] ?? "") && !words.some((w) => questionWords.has(w))) {
      for (const w of words) address.push(w);
      continue;
    }
    // "Mohon dijawab, SAYA SEDANG MENULIS ARTIKEL untuk buletin kampung": a part that only states what the
    // asker is or does, while another part asks, is the asker's own: frame, known words too.
    if (asking && statesOfAsker(words)) {
      for (const w of words) framed.add(w);
      continue;
    }
    const positions = clausePositions(words);
    // "Mohon DIKOREKSI bila saya keliru": an act asked of the answerer is frame too.
    const acts = new Set(
      [...requestedActs(normalizeText(part).split(" ").filter(Boolean))].flatMap((w) => standardize([w])),
    );
    words.forEach((w, i) => {
      if (acts.has(w)) positions[i] = "frame";
    });
    words.forEach((w, i) => {
      (positions[i] === "frame" ? framed : focused).add(w);
    });
  }
  const reading = { address, framed, focused };
  lastFrame = { message, reading };
  return reading;
}

/** Whether a word asks (a question word, "apakah"). */
const asksQuestion = (w: string) => questionWords.has(w) || w === "apakah";

/**
 * Roots of verbs by which the asker reports what they heard, read or think ("saya MENDENGAR ... dimuat
 * Kompas", "saya KIRA ..."): what follows is a claim the question may ask to confirm, not the asker's own.
 */
const REPORTING = new Set([
  "dengar",
  "baca",
  "lihat",
  "tahu",
  "kira",
  "pikir",
  "ingat",
  "yakin",
  "duga",
  "sangka",
  "rasa",
]);

/**
 * Whether a part of a message (standardized words) only states something of the asker: it opens with a
 * first-person pronoun (after greetings and courtesy), asks nothing, reports nothing heard ("saya dengar
 * BAHWA ...") and offers nothing to confirm ("..., ya").
 */
function statesOfAsker(words: readonly string[]): boolean {
  let i = 0;
  while (i < words.length && ["greeting", "courtesy"].includes(wordClassOf(words[i] as string))) i++;
  if (!isFirstPerson(words[i] ?? "") || words.length - i < 2) return false;
  return words.every(
    (w) =>
      !asksQuestion(w) &&
      w !== "bahwa" &&
      !CONFIRMING_END.test(w) &&
      !REPORTING.has(lemmaOf(w)) &&
      !derivations(w).some((d) => REPORTING.has(d.root)) &&
      !REQUESTS.has(w),
  );
}

/**
 * The words of a message that stand only in the frame of its asking parts (see askingFrame), known words
 * too: a word the knowledge happens to use ("karena saya PERLU menuliskannya", "sebagaimana DISEBUT dalam
 * BERITA") is not what the question asks for, so it is neither searched nor required of the answer.
 * (Read only for a message that has a scene or frame at all: sceneWords found one.)
 */
export function frameWordsOf(input: string): ReadonlySet<string> {
  return askingFrame(input.replace(ABBREVIATIONS, "$1"), undefined, true);
}

/**
 * The sentences of a message that ask, when others only set the scene ("Saya pensiunan, sudah berusia 70
 * tahun. ... sudah berapa lama kerja sama itu berjalan?"): what a reading of the question's own figures
 * (a count of years, a date) must look at. Undefined when every sentence asks or none does.
 */
export function askingPart(message: string): string | undefined {
  if (!/[.!?]\s+\S/.test(message.trim())) return undefined;
  const sentences = message.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
  const asks = (raw: string, byRequest: boolean) => {
    const typed = normalizeText(raw).split(" ").filter(Boolean);
    const words = standardize(typed);
    return (
      raw.includes("?") ||
      (byRequest && requests(typed)) ||
      words.some((w) => questionWords.has(w) || REQUESTS.has(w))
    );
  };
  let asking = sentences.filter((s) => asks(s, false));
  if (!asking.length) asking = sentences.filter((s) => asks(s, true));
  return asking.length > 0 && asking.length < sentences.length ? asking.join(" ") : undefined;
}
