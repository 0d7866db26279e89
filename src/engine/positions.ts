import { VERB_PREFIX_TEXTS } from "../language/affixes.js";
import { genericWords, questionWords } from "../language/lexicon.js";
import { mapPacked } from "../language/packed.js";
import {
  derivations,
  isNoiseWord,
  lemmaInfo,
  lexicon,
  partsOfSpeech,
  wordClassOf,
} from "../language/words.js";

/**
 * Where each word of a clause stands (issue 9, "the focus decides"): in the FOCUS (what the clause asks
 * for: the head around the question word, "X-nya apa", "berapa X", the predicate a yes/no question
 * confirms, premises such as places, offices, owners and years), in the FRAME around it (who is asking
 * and why: "saya pelaku usaha keripik tempe rumahan", "soalnya saya harus bikin laporan", "kalau tidak
 * salah", a relative clause describing the asker), or in an ALTERNATIVE offered after "atau" ("antar
 * pemerintah daerah ya atau sama swasta?"). A word no resource explains declines a question only in the
 * focus; in the frame it never does; in an alternative it is a premise to correct.
 *
 * The frame is found from the clause's structure, not from lists of words seen in questions: a
 * first-person pronoun opens a description of the asker (which runs over the asker's role, place and a
 * relative clause until the asking starts: a question word, a modality or courtesy word, a verb of the
 * asker); a reason, purpose or condition clause is the asker's when it speaks of the asker or holds
 * nothing but the asker's hedges; everything else of an asking clause is focus.
 */
export type Position = "focus" | "frame" | "alternative";

/** First-person pronouns after the slang map (aku, gue, kulo -> saya), with those it leaves as written (awak). */
const FIRST_PERSON = new Set(["saya", "kami", "kita", "sy", "aq", "ak", "gua", "awak", "awakdewe"]);
/** Words that open a clause about the asker's reason, purpose or condition for asking. */
const REASON = new Set(["karena", "soalnya", "sebab", "pasalnya", "lantaran"]);
const PURPOSE = new Set(["untuk", "demi"]);
const CONDITION = new Set(["kalau", "jika", "jikalau", "apabila", "bila", "seandainya", "andai", "misal"]);
/** Words that relate the asker to a description ("saya seorang guru", "saya adalah", "sebagai"). */
const COPULA = new Set([
  "adalah",
  "ialah",
  "merupakan",
  "sebagai",
  "seorang",
  "salah",
  "satu",
  "cuma",
  "hanya",
]);
/** Relative pronouns: what follows describes the word before ("saya YANG tinggal di ..."). */
const RELATIVE = new Set(["yang", "sing"]);
/** Words that end one part of a clause and begin another. */
const CONJUNCTIONS = new Set([
  "dan",
  "tapi",
  "tetapi",
  "namun",
  "jadi",
  "terus",
  "lalu",
  "kemudian",
  "serta",
]);
/** Alternatives ("A atau B", "A utawa B"). */
const OR = new Set(["atau", "utawa", "ato", "atawa", "or"]);
/**
 * The asker's own epistemic words in a hedge ("kalau tidak SALAH", "kalau BOLEH tahu", "mohon maaf kalau
 * KELIRU"): a condition made only of these and closed-class words is about the asker, not the agreement.
 */
const HEDGE = new Set(["salah", "keliru", "boleh", "benar", "bener", "lupa", "silap", "khilaf"]);

/** Words of the asker's own clause looked past for the asking that ends it ("saya gopoh, mau tanya"). */
const MAX_STATE_WORDS = 4;

/** Classes that begin the asking itself: after them a description of the asker has ended. */
const ASKING_CLASSES = new Set(["question", "modality", "courtesy", "greeting"]);

/** Whether a (standardized) token is a first-person pronoun: the asker. */
export const isFirstPerson = (t: string): boolean => FIRST_PERSON.has(t);

/** Whether a word only ever belongs to a closed class (particles, function words, negations ...). */
const closedClass = (t: string) => wordClassOf(t) !== "content";

/** Whether a word asks a question (a question word, or "apakah"). */
function asksQuestion(t: string): boolean {
  return questionWords.has(t) || t === "apakah";
}

/**
 * The position of every token of one clause (standardized tokens, as findFocus reads them).
 */
export function clausePositions(tokens: readonly string[]): Position[] {
  const out: Position[] = mapPacked(tokens, () => "focus");
  // 1. A description of the asker: a first-person pronoun (anywhere: "manfaatnya buat SAYA yang jualan
  // pecel apa?") or a clause-opening "sebagai" ("sebagai pemilik warung soto, ..."), over the asker's
  // role, place and relative clause, until the asking begins.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const opensRole =
      isFirstPerson(t) ||
      (t === "sebagai" &&
        tokens.slice(0, i).every((w) => ASKING_CLASSES.has(wordClassOf(w)) && !asksQuestion(w)));
    if (!opensRole) continue;
    out[i] = "frame";
    let relative = false;
    let k = i + 1;
    for (; k < tokens.length; k++) {
      const w = tokens[k] as string;
      if (asksQuestion(w) || CONJUNCTIONS.has(w) || OR.has(w)) break;
      const cls = wordClassOf(w);
      // The asking starts ("saya INGIN tahu", "saya MOHON info", "aku TAKON").
      if (cls === "modality" || cls === "courtesy" || cls === "greeting") break;
      if (RELATIVE.has(w)) relative = true;
      // Outside a relative clause, a verb or a closed-class word that changes what is asked ("saya
      // DAPAT manfaat apa", "kami TIDAK ikut?") is the asker's own predicate: the question's, not a role.
      else if (!relative && !COPULA.has(w) && w !== "di" && w !== "dari" && w !== "ke") {
        if (cls !== "content" && cls !== "intro") break;
        if (cls === "content" && isVerb(w)) break;
      }
      out[k] = "frame";
    }
    // "saya GOPOH sekali, mau tanya ...": a clause of the asker's own that ends in the asking ("mau tanya",
    // "ingin tahu") is the asker's state, frame too; without that ending it is the question ("kami
    // warga Madiun ENTUK manfaat opo?").
    const asking = tokens.findIndex(
      (w, j) =>
        j >= k &&
        j <= k + MAX_STATE_WORDS &&
        ["modality", "courtesy"].includes(wordClassOf(w)) &&
        tokens.slice(k, j).every((x) => !asksQuestion(x) && !CONJUNCTIONS.has(x) && !OR.has(x)),
    );
    if (asking > k) for (; k < asking; k++) out[k] = "frame";
    i = k - 1;
  }
  // 2. The asker's reason, purpose or condition ("soalnya saya harus bikin laporan", "buat tugas kuliah
  // saya", "kalau tidak salah", "mohon maaf kalau saya keliru"): from its conjunction up to the next
  // question word or clause boundary, when it speaks of the asker or holds only the asker's hedges.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!REASON.has(t) && !PURPOSE.has(t) && !CONDITION.has(t)) continue;
    let k = i + 1;
    while (k < tokens.length && !asksQuestion(tokens[k] as string) && !CONJUNCTIONS.has(tokens[k] as string))
      k++;
    const span = tokens.slice(i + 1, k);
    if (!span.length) continue;
    // ("aku takon SOALE kudu nggawe laporan": a reason given right after the asker or the asking.)
    const before = tokens[i - 1];
    const afterAsking =
      !CONDITION.has(t) &&
      before !== undefined &&
      (out[i - 1] === "frame" || wordClassOf(before) === "modality" || wordClassOf(before) === "courtesy");
    const aboutAsker = span.some(isFirstPerson) || afterAsking;
    // "kalau tidak SALAH ada soal potensi ...": a hedge ends at its hedge word (and the closed-class words
    // after it); what follows is the question again.
    if (CONDITION.has(t)) {
      let h = 0;
      while (h < span.length && !HEDGE.has(span[h] as string) && closedClass(span[h] as string)) h++;
      if (h < span.length && HEDGE.has(span[h] as string)) {
        h++;
        while (h < span.length && isNoiseWord(span[h] as string) && !isFirstPerson(span[h] as string)) h++;
        for (let j = i; j <= i + h; j++) out[j] = "frame";
        i += h;
        continue;
      }
    }
    if (!aboutAsker) continue;
    for (let j = i; j < k; j++) out[j] = "frame";
    i = k - 1;
  }
  // 3. A request to the answerer ("APAKAH ANDA bisa KONFIRMASI", "could you confirm" -> "apakah anda
  // confirm", "BISAKAH ANDA sebutkan"): the addressee and the act asked of it are about the asking; what
  // the act is done to ("... tanggal penandatanganan", "... gaji wali kota") stays the focus.
  for (let i = 1; i < tokens.length; i++) {
    if (!ADDRESSEE.has(tokens[i] as string) || !ASKS_ADDRESSEE.has(tokens[i - 1] as string)) continue;
    out[i] = "frame";
    // The act: the modality words after the addressee ("bisa konfirmasi", "tahu"), else one verb
    // ("bisakah anda SEBUTKAN ..."); never the noun it is done to ("... konfirmasi BUDGET").
    let k = i + 1;
    while (k < tokens.length && wordClassOf(tokens[k] as string) === "modality") out[k++] = "frame";
    const next = tokens[k];
    if (
      k === i + 1 &&
      next !== undefined &&
      wordClassOf(next) === "content" &&
      (isVerb(next) || isImperative(next))
    )
      out[k] = "frame";
  }
  // 4. Where the text says it ("SEBAGAIMANA TERCANTUM DALAM BERITA", "yang ditulis di artikel itu", "yang
  // diberitakan tersebut"): a verb whose place is the news, or whose root is the news, after the word that
  // opens it, is about the source, not about the agreement.
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j] as string;
    const inText = TEXT_NOUNS.has(t) && TEXT_PREPOSITIONS.has(tokens[j - 1] ?? "");
    const ofText = lemmaInfo(t).lemma !== t && TEXT_NOUNS.has(lemmaInfo(t).lemma) && isImperative(t);
    if (!inText && !ofText) continue;
    const verbAt = inText ? j - 2 : j;
    const verb = tokens[verbAt];
    if (verb === undefined || !(isVerb(verb) || isImperative(verb))) continue;
    const open = verbAt - 1;
    if (!TEXT_OPENERS.has(tokens[open] ?? "")) continue;
    let end = j + 1;
    while (end < tokens.length && DEMONSTRATIVES.has(tokens[end] as string)) end++;
    for (let k = open; k < end; k++) out[k] = "frame";
  }
  // 4b. Whose account the asker means ("MENURUT PEMBERITAAN TERSEBUT", "berdasarkan artikel ini"): the news
  // as the source of the answer, not a thing asked about.
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j] as string;
    if (!ACCORDING_TO.has(tokens[j - 1] as string)) continue;
    if (!TEXT_NOUNS.has(t) && !TEXT_NOUNS.has(lemmaInfo(t).lemma) && !TEXT_NOUNS.has(t.replace(/nya$/, "")))
      continue;
    let end = j + 1;
    while (end < tokens.length && DEMONSTRATIVES.has(tokens[end] as string)) end++;
    for (let k = j - 1; k < end; k++) out[k] = "frame";
  }
  // 5. What the asker is about to ask, counted ("ingin menanyakan DUA HAL: siapa ...", "mau tanya SATU
  // PERTANYAAN"): after a word of asking, a number and a generic noun, right before the question word.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (wordClassOf(tokens[i] as string) !== "modality") continue;
    let k = i + 1;
    while (k < tokens.length && wordClassOf(tokens[k] as string) === "number") k++;
    const noun = tokens[k];
    if (k === i + 1 || noun === undefined) continue;
    if (!genericWords.has(noun) && wordClassOf(noun) !== "modality") continue;
    if (k + 1 < tokens.length && !asksQuestion(tokens[k + 1] as string)) continue;
    for (let j = i + 1; j <= k; j++) out[j] = "frame";
  }
  // 6. A verb of attitude around the real predicate ("kenapa kedua kota MERASA perlu bekerja sama",
  // "Maidi MENGANGGAP harus ..."): a verb followed by a word of modality and then another content word
  // takes a clause, the predicate asked about; the verb only says how its subject stands to it.
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as string;
    if (wordClassOf(t) !== "content" || !isVerb(t)) continue;
    const aux = tokens[i + 1] as string;
    if (wordClassOf(aux) !== "modality" || !AUXILIARIES.has(lemmaInfo(aux).lemma)) continue;
    if (wordClassOf(tokens[i + 2] as string) !== "content") continue;
    out[i] = "frame";
  }
  // 7. An alternative offered after "atau" when something is asked before it: "antar pemerintah daerah ya
  // atau sama swasta?". Up to a question word ("... atau tidak, kapan ...").
  const or = tokens.findIndex((t, i) => OR.has(t) && i > 0);
  if (or > 0 && tokens.slice(0, or).some((t, i) => out[i] === "focus" && !closedClass(t))) {
    for (let k = or; k < tokens.length && !asksQuestion(tokens[k] as string); k++)
      if (out[k] === "focus") out[k] = "alternative";
  }
  return out;
}

/** Modal auxiliaries that take a predicate after them ("perlu bekerja sama", "harus ke Kediri"). */
const AUXILIARIES = new Set([
  "perlu",
  "harus",
  "wajib",
  "ingin",
  "mau",
  "bisa",
  "dapat",
  "butuh",
  "kudu",
  "pengen",
]);

/** Nouns naming the text the answer comes from ("berita", "artikel", "naskah"). */
const TEXT_NOUNS = new Set([
  "berita",
  "artikel",
  "naskah",
  "tulisan",
  "teks",
  "liputan",
  "sumber",
  "media",
  "kabar",
]);
/** Words naming whose account something is ("MENURUT berita", "BERDASARKAN artikel"). */
const ACCORDING_TO = new Set(["menurut", "berdasarkan", "sesuai", "kata"]);
/** Prepositions placing something in the text ("tercantum DALAM berita", "ditulis DI artikel"). */
const TEXT_PREPOSITIONS = new Set(["dalam", "di", "pada", "dlm", "nang", "neng", "ndek"]);
/** Words opening a reference to the text ("SEBAGAIMANA tercantum", "SEPERTI disebut", "YANG ditulis"). */
const TEXT_OPENERS = new Set(["sebagaimana", "seperti", "sesuai", "yang", "sing", "kayak", "koyo"]);
/** Demonstratives closing such a reference ("yang diberitakan TERSEBUT"). */
const DEMONSTRATIVES = new Set(["tersebut", "tsb", "ini", "itu", "iki", "iku"]);

/** The one answering, addressed in a question ("apakah ANDA ...", "could YOU ..."). */
const ADDRESSEE = new Set(["anda", "kamu", "you", "njenengan", "panjenengan", "sampeyan", "kowe"]);
/** Words that ask the addressee something ("APAKAH anda", "BISAKAH anda", "could you" -> apakah anda). */
const ASKS_ADDRESSEE = new Set(["apakah", "bisakah", "dapatkah", "maukah", "sudikah", "bisa", "dapat"]);

/**
 * The acts a message asks of the answerer by a word of courtesy ("MOHON dikoreksi", "TOLONG jelaskan",
 * "please confirm", "mohon disebutkan"): a verb right after a courtesy word, in `words` as written
 * (normalised, before the slang map drops "mohon" and "tolong"). Such a verb is about the asking, not
 * about the agreement; the thing it is asked of ("mohon dijelaskan JADWAL BUS") stays the focus.
 */
export function requestedActs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) {
    if (wordClassOf(words[i] as string) !== "courtesy") continue;
    const next = words[i + 1] as string;
    if (wordClassOf(next) === "content" && (isVerb(next) || isImperative(next))) out.add(next);
  }
  return out;
}

/**
 * An imperative or passive request form: a root with -kan or -i and no prefix ("sebutkan", "jelaskan"), or
 * di- before a root ("dikoreksi", "diklarifikasi": forms the dictionary's flags do not license too).
 */
function isImperative(word: string): boolean {
  const { lemma, inLexicon } = lemmaInfo(word);
  if (inLexicon && lemma !== word) {
    if (word.startsWith("di") && word.includes(lemma.slice(1))) return true;
    if (["kan", "i"].some((x) => word === `${lemma}${x}`)) return true;
  }
  return derivations(word).some(
    (d) => d.prefix === undefined && d.suffixes.some((x) => x === "kan" || x === "i"),
  );
}

/** Verb prefixes of Indonesian morphology (di-kirim, me-rangkum, ter-tulis, ber-langsung). */
const VERB_PREFIXES = VERB_PREFIX_TEXTS;

/**
 * A verb: the thesaurus calls the word a verb and not a noun, or (a form it does not list) the lexicon
 * derives it from a root with a verb prefix. The asker's own predicate ends a description of the asker.
 */
function isVerb(word: string): boolean {
  const pos = partsOfSpeech(word);
  if (pos.length) return pos.includes("v") && !pos.includes("n") && !pos.includes("a");
  return derivations(word).some(
    (d) => d.prefix !== undefined && VERB_PREFIXES.has(d.prefix) && lexicon().isRoot(d.root),
  );
}

/** The tokens at frame positions (a word that also stands in the focus is not among them). */
export function frameWords(tokens: readonly string[], positions: readonly Position[]): Set<string> {
  const inFocus = new Set(tokens.filter((_, i) => positions[i] !== "frame"));
  return new Set(tokens.filter((t, i) => positions[i] === "frame" && !inFocus.has(t)));
}

/** The tokens offered as an alternative after "atau" that stand nowhere else. */
export function alternativeWords(tokens: readonly string[], positions: readonly Position[]): Set<string> {
  const elsewhere = new Set(tokens.filter((_, i) => positions[i] !== "alternative"));
  return new Set(tokens.filter((t, i) => positions[i] === "alternative" && !elsewhere.has(t)));
}
