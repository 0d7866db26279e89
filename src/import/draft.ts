import { Document, isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import type { Knowledge } from "../knowledge/types.js";
import { normalise } from "../knowledge/validate.js";
import { agreementWords, genericWords, questionWords, stopWords } from "../language/lexicon.js";
import { lemmaInfo } from "../language/words.js";
import { longDate, relativeYearsIn, resolveRelativeYear } from "./dates.js";
import { ATTENDED, type EventFact, type Extraction, type PartyFact, type QuoteFact } from "./extract.js";
import type { Person } from "./people.js";
import { findRelativeDates } from "./relative.js";
import { importStrings as S } from "./strings.js";
import { slug, wordsOf } from "./text.js";

/**
 * Writes an Extraction as a draft knowledge file in the staff format: one source, the parties, and entries
 * for the event(s), signatories, people, attendees, each quote, lists, targets, numbers and the remaining
 * facts, each with sample questions (formal and casual), keywords and answer types. Every drafted value
 * carries the sentence it came from as a YAML comment (yaml's Document API); anything uncertain carries
 * a "TINJAU:" comment. With the live knowledge given, party keys are reused and no id, alias or sample
 * question of the live knowledge is repeated. Pure.
 */

export interface DraftOptions {
  /** Source id (default: from the outlet and title). */
  sourceId?: string;
  /** The knowledge the bot serves now. */
  live?: Knowledge;
  /** The article's file name, named in the header comment. */
  articleName?: string;
  /**
   * Keywords and sample questions (normalised) not to write: the take-over guard (guard.ts) found that
   * they make the draft answer questions the live knowledge already owns.
   */
  avoid?: {
    keywords: ReadonlySet<string>;
    questions: ReadonlySet<string>;
    topics?: ReadonlySet<string>;
    /** Entries written with their own answer (no words naming the agreement): see DraftEntry.ownAnswer. */
    answers?: ReadonlySet<string>;
    /** Detail entries left out: they still answer a live question (named in the header for staff). */
    drop?: ReadonlySet<string>;
  };
}

interface DraftEntry {
  id: string;
  topic: string;
  /** A topic naming the article's own parties or people, used when the guard avoids the generic one. */
  ownTopic?: string;
  answer: string;
  /** The same facts without the generic words naming the agreement, for when the guard avoids them. */
  ownAnswer?: string;
  /** A detail (a narrative sentence) the draft may leave out when nothing else stops a take-over. */
  droppable?: boolean;
  source: string;
  answers: string[];
  about?: string[];
  facts?: Record<string, unknown[]>;
  quotes?: Record<string, string>[];
  questions: string[];
  keywords: string[];
  /** Comments: on the entry, and on single facts (path inside the entry -> comment). */
  note: string[];
  factNotes: { path: (string | number)[]; text: string }[];
}

export interface Draft {
  /** The YAML text to write. */
  yaml: string;
  /** The same content as data (what the loader will read). */
  data: {
    sources: Record<string, unknown>[];
    parties: { key: string; name: string; aliases: string[] }[];
    entries: Omit<DraftEntry, "note" | "factNotes" | "ownAnswer" | "droppable">[];
  };
  /** Entry ids the take-over guard can still change: with an own answer, or droppable details. */
  variants: { ownAnswer: Set<string>; droppable: Set<string> };
}

const q = (s: string) => `«${s.replace(/\s+/g, " ").trim()}»`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const stripEnd = (s: string) => s.replace(/[\s,.;:]+$/, "");

/**
 * Words the article's title writes beside a word of `text` that `text` lacks: an entry on "12 unit bus
 * listrik" in an article titled "... Kerja Sama Bus Antarkota ..." is about the "bus antarkota" a citizen
 * asks for ("tarif bus antarkotanya?").
 */
function titlePartners(text: string, title: string | undefined): string[] {
  if (!title) return [];
  const have = new Set(wordsOf(text).map((w) => w.toLowerCase()));
  const ws = wordsOf(title).map((w) => w.toLowerCase());
  const content = new Set(contentWords(title));
  const out: string[] = [];
  ws.forEach((w, i) => {
    for (const n of [ws[i - 1], ws[i + 1]])
      if (n && have.has(n) && content.has(n) && content.has(w) && !have.has(w) && !out.includes(w))
        out.push(w);
  });
  return out;
}

/** The roots of affixed words ("pendaftaran" -> "daftar"), for keywords: chat writes the bare root. */
function rootsOf(words: string[]): string[] {
  return words
    .map((w) => lemmaInfo(w))
    .filter((l) => l.inLexicon)
    .map((l) => l.lemma)
    .filter((r, i, all) => r.length > 3 && !words.includes(r) && all.indexOf(r) === i);
}

/** Content words of a text worth a keyword: no stop, question or generic words, no bare numbers. */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text)) {
    const l = w.toLowerCase();
    if (l.length < 3 || /^\d/.test(l) || stopWords.has(l) || questionWords.has(l) || genericWords.has(l))
      continue;
    if (!out.includes(l)) out.push(l);
  }
  return out;
}

/** The words of a phrase up to `max`, for sample questions ("nota kesepahaman pengembangan kampung digital"). */
function shortPhrase(s: string, max = 7): string {
  return stripEnd(s).split(/\s+/).slice(0, max).join(" ");
}

/** Builds the draft. */
export function buildDraft(ex: Extraction, options: DraftOptions = {}): Draft {
  const live = options.live;
  const liveQuestions = new Set(live?.entries.flatMap((e) => e.questions.map(normalise)) ?? []);
  const liveIds = new Set(live?.entries.map((e) => e.id) ?? []);
  const liveAliases = new Set(live?.parties.flatMap((p) => p.aliases.map((a) => a.toLowerCase())) ?? []);
  const liveKeys = new Set(live?.parties.map((p) => p.key) ?? []);
  const liveSources = new Set(live?.sources.map((s) => s.id) ?? []);

  let sourceId =
    slug(options.sourceId ?? `${ex.outlet?.value ?? ex.kind} ${shortPhrase(ex.title ?? "", 4)}`) ||
    "berita-baru";
  while (liveSources.has(sourceId)) sourceId = `${sourceId}-baru`;
  const prefix = sourceId.split("-").slice(0, 3).join("-");
  const usedIds = new Set<string>();
  const newId = (name: string) => {
    let id = `${prefix}-${name}`;
    for (let n = 2; liveIds.has(id) || usedIds.has(id); n++) id = `${prefix}-${name}-${n}`;
    usedIds.add(id);
    return id;
  };
  const usedQuestions = new Set<string>();
  const questionsOf = (...qs: (string | undefined)[]) => {
    const out: string[] = [];
    for (const raw of qs) {
      if (!raw) continue;
      const s = raw.replace(/\s+/g, " ").replace(/\s+\?/, "?").trim();
      const n = normalise(s);
      if (!n || liveQuestions.has(n) || usedQuestions.has(n) || options.avoid?.questions.has(n)) continue;
      usedQuestions.add(n);
      out.push(s);
    }
    return out;
  };
  const usedKeywords = new Set<string>();
  /** Keywords not used by an earlier entry of this draft (shared ones only make the bot hesitate). */
  const keywordsOf = (...groups: string[][]) => {
    const out: string[] = [];
    for (const k of groups.flat()) {
      const l = k.toLowerCase().trim();
      if (!l || usedKeywords.has(l) || out.includes(l) || options.avoid?.keywords.has(l)) continue;
      out.push(l);
      if (out.length >= 10) break;
    }
    for (const k of out) usedKeywords.add(k);
    return out;
  };

  // Parties: reuse the live key of a party with the same name; new keys otherwise.
  const parties: Draft["data"]["parties"] = [];
  const partyKey = new Map<PartyFact, string>();
  const partyNotes: string[] = [];
  const usedAliases = new Set<string>(liveAliases);
  for (const p of ex.parties) {
    const same = live?.parties.find(
      (lp) => lp.name.toLowerCase() === p.name.toLowerCase() || lp.aliases.includes(p.name.toLowerCase()),
    );
    if (same) {
      partyKey.set(p, same.key);
      continue;
    }
    let key = slug(p.place && p.kind !== "lain" ? p.place : p.name);
    if (liveKeys.has(key) || parties.some((x) => x.key === key)) key = slug(`${p.kind} ${p.place ?? p.name}`);
    const place = p.place?.toLowerCase();
    const aliases = [
      p.name.toLowerCase(),
      ...(place && p.kind === "kota"
        ? [`kota ${place}`, `pemkot ${place}`, `pemerintah kota ${place}`, place]
        : []),
      ...(place && p.kind === "kabupaten"
        ? [`kabupaten ${place}`, `pemkab ${place}`, `pemerintah kabupaten ${place}`, `kab ${place}`, place]
        : []),
      ...(place && p.kind === "provinsi" ? [`provinsi ${place}`, `pemprov ${place}`, place] : []),
      ...(place && p.kind === "desa"
        ? [`desa ${place}`, `pemdes ${place}`, `pemerintah desa ${place}`, place]
        : []),
    ].filter((a, i, all) => all.indexOf(a) === i && !usedAliases.has(a));
    for (const a of aliases) usedAliases.add(a);
    parties.push({ key, name: p.name, aliases });
    partyKey.set(p, key);
    partyNotes.push(`${key}: dari ${q(p.source)}`);
  }
  /** The party key an office or owner phrase belongs to ("Wali Kota Sekarpura" -> kota Sekarpura). */
  const partyOf = (phrase: string): string | undefined => {
    for (const p of ex.parties) {
      const key = partyKey.get(p);
      if (!key) continue;
      if (phrase.includes(p.name)) return key;
      if (!p.place) continue;
      const kind = p.kind;
      const re =
        kind === "kota"
          ? new RegExp(`\\b(?:Kota|Pemkot|Wali Kota|Walikota)\\s+${p.place}\\b`)
          : kind === "kabupaten"
            ? new RegExp(`\\b(?:Kabupaten|Pemkab|Bupati)\\s+${p.place}\\b`)
            : kind === "desa"
              ? new RegExp(`\\b(?:Desa|Pemdes|Kades)\\s+${p.place}\\b`)
              : new RegExp(`\\b(?:Provinsi|Pemprov|Gubernur)\\s+${p.place}\\b`);
      if (re.test(phrase)) return key;
    }
    return undefined;
  };

  // The agreement's own facts (its signing, parties, signatories, scope) hold for its parties only: beside
  // a live knowledge about other parties, a question naming no party is the live knowledge's first
  // (engine/other-sources.ts lists an entry about parties after one about none).
  const agreementKeys = [...new Set(ex.parties.map((p) => partyKey.get(p) as string))];
  // A fresh list per entry: one list shared by several entries is written as a YAML alias (&a1, *a1).
  const agreementAbout = (): { about?: string[] } =>
    ex.parties.length >= 2 ? { about: [...agreementKeys] } : {};

  const entries: DraftEntry[] = [];
  const articleSentences = ex.sentences.map((s) => s.text);
  const used = new Set<string>(); // sentences already given as an answer
  const anchor = topicAnchor(ex);
  const signing = ex.events.find((e) => e.signing);
  // What the article is about, past the words naming an agreement ("penyediaan air baku"): every fact of
  // the article is about it, so a question naming it ("anggaran pipa air baku") finds a number or a
  // detail whose own sentence does not repeat it. Party names set the scene and are left out.
  const partyWords = new Set(ex.parties.flatMap((p) => p.name.toLowerCase().split(" ")));
  // ("Perjanjian ... tentang Pengelolaan Pasca Panen Jagung": what it is about follows "tentang".)
  // A name the agreement gives its subject, an acronym with what follows it ("... Air Minum (SPAM) Regional
  // “Sendang Tiga”"), is how a reader names it ("jatah dari SPAM Regional"): those words first.
  const about = /\btentang\s+(.+)$/i.exec(anchor)?.[1] ?? anchor;
  // The acronym's last spelled-out words ("Air Minum") name what it is about as well.
  const named = /^(.*?)\((\p{Lu}{2,})\)\s*(.*)$/u.exec(about);
  const own = (w: string) => !agreementWords.has(w) && !SIGNING_WORDS.test(w) && !partyWords.has(w);
  const subject = named
    ? [
        ...contentWords(`${named[2]} ${named[3]}`).filter(own).slice(0, 3),
        ...contentWords(named[1] as string)
          .filter(own)
          .slice(-2),
      ].filter((w, i, all) => all.indexOf(w) === i)
    : contentWords(about).filter(own).slice(0, 3);
  // The headline's words the article keeps using ("ambulans" in a story about a shared ambulance
  // service, "jagung" in one about corn) are its subject too, even when the agreement's formal name leaves
  // them out: the two most used.
  const body = ex.sentences.map((x) => x.text).join(" ");
  // (Counted as written in lower case: a name, "BUM", "Kalisoka", is never written so.)
  const uses = (w: string) => (body.match(new RegExp(`(?<![\\p{L}-])${w}(?![\\p{L}-])`, "gu")) ?? []).length;
  const headline = contentWords(ex.title ?? "")
    .filter(
      (w) =>
        !subject.includes(w) &&
        !partyWords.has(w) &&
        !agreementWords.has(w) &&
        !SIGNING_WORDS.test(w) &&
        uses(w) >= 3,
    )
    .sort((a, b) => uses(b) - uses(a));
  subject.push(...headline.slice(0, 2));
  for (let k = subject.length - 1; k >= 0; k--)
    if (options.avoid?.keywords.has(subject[k] as string)) subject.splice(k, 1);
  const withSubject = (keywords: string[]) => [...subject.filter((w) => !keywords.includes(w)), ...keywords];
  // The signatories' sentence is the signatories' entry: not a detail of its own as well.
  for (const p of ex.signatories)
    if (!ex.numbers.some((n) => n.source === p.source) && !ex.events.some((e) => e.source === p.source))
      used.add(p.source);

  // Summary: the lead paragraph.
  const leadSentences = ex.sentences.filter((s) => s.paragraph === 0);
  if (leadSentences.length) {
    const answer = fitAnswer(leadSentences.map((s) => s.text));
    for (const s of leadSentences) if (answer.includes(s.text)) used.add(s.text);
    entries.push({
      id: newId("ringkasan"),
      topic: `Ringkasan: ${ex.title ?? shortPhrase(answer, 8)}`,
      answer,
      source: sourceId,
      answers: ["definition"],
      questions: questionsOf(
        `Apa isi berita tentang ${anchor}?`,
        `Ceritakan tentang ${anchor}`,
        `info ${anchor.toLowerCase()} dong`,
      ),
      keywords: keywordsOf(["ringkasan", "isi berita", "gambaran"], contentWords(anchor).slice(0, 4)),
      note: [`Sumber: paragraf pembuka ${q(answer)}`],
      factNotes: [],
    });
  }

  // Events: date, weekday and place.
  ex.events.forEach((ev, i) => {
    const what = eventPhrase(ev, ex);
    const facts: Record<string, unknown[]> = {};
    const factNotes: DraftEntry["factNotes"] = [];
    const note = [`Sumber: ${q(ev.source)}`];
    let answer = ev.placeSource ? `${ev.source} ${ev.placeSource}` : ev.source;
    if (ev.placeSource) used.add(ev.placeSource);
    if (ev.date) {
      const label = ev.signing ? "penandatanganan" : shortPhrase(lowerFirst(what), 5);
      facts.dates = [{ label, date: ev.date }];
      factNotes.push({
        path: ["facts", "dates", 0],
        text: `dari ${q(ev.written)}; tahun: ${ev.yearFrom ?? "tertulis"}${ev.review ? `\nTINJAU: ${ev.review}` : ""}`,
      });
      if (!ev.written.includes(String(ev.date.slice(0, 4)))) answer += ` (${longDate(ev.date)})`;
    } else if (findRelativeDates(ev.written).length) {
      // "pekan depan": the day the article counts from is its publication date; the answer says so.
      note.push(`TINJAU: ${ev.review ?? "tanggal belum pasti"}.`);
      answer += ev.relative
        ? ` ("${ev.written}" dihitung dari tanggal terbit berita ${longDate(ex.published?.value as string)}: ${ev.relative}.)`
        : ` Tanggal terbit berita tidak tercantum, jadi "${ev.written}" tidak dapat dipastikan tanggalnya.`;
    } else {
      note.push(
        `TINJAU: ${ev.review ?? "tanggal belum pasti"}; bot menyebut tanggal seperti tertulis (${ev.written}).`,
      );
      answer += ` Tahun tidak disebut dalam berita.`;
    }
    if (ev.place) {
      const places = [ev.place];
      factNotes.push({ path: ["facts", "places", 0], text: `dari ${q(ev.placeSource ?? ev.source)}` });
      // "Ruang Rapat Utama Balai Kota X": the room is in the building, which is where it happened too.
      const building = ROOM_IN_BUILDING.exec(ev.place)?.[1];
      if (building) {
        places.push(building);
        factNotes.push({
          path: ["facts", "places", places.length - 1],
          text: `gedung tempat ${ev.place}, tertulis ${q(building)} di berita`,
        });
      }
      const host = hostCity(ev.place, ex);
      if (host) {
        places.push(host);
        factNotes.push({
          path: ["facts", "places", places.length - 1],
          text: `daerah tempat ${ev.place}, tertulis ${q(host)} di berita`,
        });
      }
      facts.places = places;
    }
    used.add(ev.source);
    const named = namedEvent(ev.source, anchor);
    const short = named && !ev.signing ? named : shortPhrase(what, 8);
    const subject = named ?? lowerFirst(short);
    entries.push({
      id: newId(ev.signing ? "penandatanganan" : `acara-${i + 1}`),
      ...(ev.signing ? agreementAbout() : {}),
      topic: `Waktu dan tempat: ${short}`,
      // The guard's own topic names the parties; with none read, the event's place or date as written
      // (without it a generic "penandatanganan" topic kept eight live date and place questions).
      ...(ex.parties.length
        ? { ownTopic: `Waktu dan tempat: ${joinAnd(ex.parties.map((p) => p.name))}` }
        : ev.place || ev.written
          ? { ownTopic: `Waktu dan tempat: ${ev.place ?? ev.written}` }
          : {}),
      answer,
      source: sourceId,
      answers: ["date", "relative", "yesno", ...(ev.place ? ["place"] : [])],
      ...(Object.keys(facts).length ? { facts } : {}),
      // Formal and casual forms, with the verbs Indonesian uses for events (diadakan, digelar, ...).
      questions: questionsOf(
        `Kapan ${lowerFirst(short)}?`,
        named ? `Kapan ${named} diselenggarakan?` : undefined,
        ev.place ? `Di mana ${subject} ${named ? "diadakan" : "berlangsung"}?` : undefined,
        ev.weekday ? `Hari apa ${subject}${named ? " digelar" : ""}?` : undefined,
        `tgl brp ${named ?? lowerFirst(shortPhrase(what, 5))}?`,
        named && ev.date ? `${named} masih berapa hari lagi?` : undefined,
      ),
      keywords: (ev.signing ? withSubject : (k: string[]) => k)(
        keywordsOf(
          ev.signing
            ? ["penandatanganan", "diteken", "tanda tangan", "kapan", "tanggal", "tempat", "lokasi"]
            : [],
          named ? contentWords(named) : [],
          contentWords(what).slice(0, 5),
          ev.weekday ? [ev.weekday.toLowerCase()] : [],
          // "... mulai Senin (13/7)": the date is a start, which questions ask as "dibuka", "dimulai".
          /\bmulai\s+(?:\p{Lu}|\d)/u.test(ev.source) ? ["mulai", "dimulai", "dibuka"] : [],
          // "paling lambat akhir bulan ini": the date is a deadline, which questions ask as "batas akhir".
          /\b(?:paling lambat|selambat-lambatnya|batas waktu|tenggat)\b/i.test(ev.source)
            ? ["batas", "batas akhir", "tenggat", "paling lambat", "deadline"]
            : [],
        ),
      ),
      note,
      factNotes,
    });
  });

  // Parties.
  if (ex.parties.length >= 2 && signing) {
    const names = ex.parties.map((p) => p.name);
    const answer = `${cap(signing.what.includes("kerja sama") ? "kerja sama" : "kesepakatan")} ini dijalin oleh ${joinAnd(names)}.`;
    entries.push({
      id: newId("para-pihak"),
      ...agreementAbout(),
      topic: `Pihak dalam ${anchor}`,
      answer,
      ownAnswer: `Para pihak: ${joinAnd(names)}.`,
      ownTopic: `Para pihak: ${joinAnd(names)}`,
      source: sourceId,
      answers: ["person", "list", "definition"],
      questions: questionsOf(
        `Siapa saja pihak dalam ${anchor}?`,
        `${cap(anchor)} antara siapa saja?`,
        `pihak yg teken ${anchor.toLowerCase()} siapa aja?`,
      ),
      keywords: keywordsOf(["pihak", "para pihak", "antara", "bekerja sama", "menjalin"]),
      note: [`Sumber: ${q(ex.parties[0]?.source ?? "")}`],
      factNotes: [],
    });
  }

  // Signatories.
  const personFact = (p: Person) => {
    const party = p.title ? partyOf(p.title) : undefined;
    return { name: p.name, office: p.title ?? "", ...(party ? { party } : {}) };
  };
  if (ex.signatories.length) {
    const listed = ex.signatories.map((p) => `${p.title ? `${p.title} ` : ""}${p.name}`);
    const object = signingObject(ex) ?? "Kesepakatan";
    entries.push({
      id: newId("penanda-tangan"),
      ...agreementAbout(),
      topic: `Penanda tangan ${object.toLowerCase()}`,
      ownTopic: joinAnd(listed),
      answer: `${cap(object)} ditandatangani oleh ${joinAnd(listed)}.`,
      source: sourceId,
      answers: ["person", "list", "yesno"],
      facts: { people: ex.signatories.filter((p) => p.title).map(personFact) },
      // Anchored on the thing signed and the signers' names: generic forms ("siapa yg ttd?") would take
      // the live knowledge's questions over.
      questions: questionsOf(
        `Siapa penanda tangan ${object.toLowerCase()}?`,
        `${ex.signatories.map((p) => p.name.split(" ")[0]).join(" dan ")} meneken apa?`,
      ),
      // The signers' names, and the verb a question asks them by ("siapa yang MENANDATANGANI ..."), which
      // the attendees' sentence ("Hadir pula dalam penandatanganan ...") shares only as a noun.
      keywords: withSubject(
        keywordsOf(
          ex.signatories.flatMap((p) => p.name.toLowerCase().split(" ")),
          ["menandatangani", "meneken"],
        ),
      ),
      note: [...new Set(ex.signatories.map((p) => p.source))].map((s) => `Sumber: ${q(s)}`),
      factNotes: [],
    });
  }

  // People: one entry per person with an office or role.
  for (const p of ex.people) {
    if (!p.title) continue;
    const party = partyOf(p.title);
    const isOffice = /^\p{Lu}/u.test(p.title);
    const alias = p.aliases.length ? ` Ia akrab disapa "${p.aliases.join('", "')}".` : "";
    const answer = isOffice ? `${p.title} adalah ${p.name}.${alias}` : `${p.name} adalah ${p.title}.${alias}`;
    entries.push({
      id: newId(slug(p.name)),
      topic: `${p.name}, ${p.title}`,
      answer,
      source: sourceId,
      answers: ["person", "definition", "yesno"],
      ...(party ? { about: [party] } : {}),
      facts: { people: [personFact(p)] },
      questions: questionsOf(
        isOffice ? `Siapa ${p.title}?` : `Siapa ${p.name}?`,
        `${p.name} itu siapa?`,
        isOffice ? `${p.name} menjabat sebagai apa?` : `${p.name.split(" ")[0]} itu siapa ya?`,
        ...p.aliases.map((a) => `"${a}" itu siapa?`),
        ...(p.references ?? []).map((r) => `${r} yang disebut di berita itu siapa?`),
      ),
      keywords: keywordsOf(
        p.name.toLowerCase().split(" "),
        p.aliases.map((a) => a.toLowerCase()),
        // "tutur Bu Bupati": the office the article calls them by ("Bu Bupati itu siapa?").
        (p.references ?? []).map((r) => r.toLowerCase()),
        // "Ditemui di ruang kerjanya, ... Pak Sekda mengatakan": where the news met them is how a reader
        // tells them from another holder of the office ("Pak Sekda yang diwawancarai di ruang kerjanya").
        // (Also the words of an earlier entry: the event of that meeting names no one.)
        ...interviewWords(p, ex).map((w) => {
          usedKeywords.delete(w);
          return [w];
        }),
        isOffice ? ["jabatan", "menjabat"] : [],
      ),
      note: [
        `Sumber: ${q(p.source)}`,
        ...(p.references ?? []).map(
          (r) =>
            `Disebut ${q(r)} di berita: kutipan yang diatribusikan kepada ${q(r)} dibaca sebagai ucapan ${p.name}`,
        ),
        ...(p.aliases.length
          ? [
              `Sapaan ${p.aliases.join(", ")}: tertulis di berita sebagai sapaan akrab ${p.name.split(" ")[0]}`,
            ]
          : []),
      ],
      factNotes: [],
    });
  }

  // Attendees.
  if (ex.attendees.length) {
    // The sentences that name them ("Penandatanganan disaksikan X." and "Tampak Y dan Z."), not a signing
    // sentence that only mentions witnesses in passing ("..., disaksikan puluhan ketua RW").
    const named = ex.sentences.filter(
      (s) => ATTENDED.test(s.text) && ex.attendees.some((p) => s.text.includes(p.name)),
    );
    const answer = named.length
      ? named.map((s) => s.text).join(" ")
      : `Turut hadir: ${ex.attendees.map((p) => `${p.title} ${p.name}`).join(", ")}.`;
    for (const s of named) used.add(s.text);
    entries.push({
      id: newId("turut-hadir"),
      topic: `Yang turut hadir: ${anchor}`,
      answer,
      source: sourceId,
      answers: ["person", "list"],
      facts: { people: ex.attendees.map(personFact) },
      questions: questionsOf(
        `Siapa saja yang turut hadir dalam ${anchor}?`,
        `Pejabat siapa saja yang hadir di acara ${anchor}?`,
        `siapa aja yg dateng di acara ${anchor.toLowerCase()}?`,
      ),
      keywords: keywordsOf(["turut hadir", "hadir", "tamu", "pejabat", "menghadiri"]),
      note: [`Sumber: ${q(answer)}`],
      factNotes: [],
    });
  }

  // Quotes: one entry each.
  ex.quotes.forEach((qf, i) => {
    const context = quoteContext(qf, ex, used);
    const e = quoteEntry(qf, i, sourceId, newId, questionsOf, keywordsOf, context);
    if (e) {
      // A quotation in an article about something is about it too ("apa kata Bupati soal air ...").
      // The speaker's nickname ("Bunda Tari") names the words as well as the full name does.
      const nicknames = (qf.speaker?.aliases ?? []).map((a) => a.toLowerCase());
      e.keywords = withSubject([...nicknames, ...e.keywords, ...costWords(`${context} ${qf.text}`)]);
      for (const s of ex.sentences) if (context.includes(s.text)) used.add(s.text);
      entries.push(e);
    }
  });

  // Lists.
  ex.lists.forEach((l, i) => {
    used.add(l.source);
    // Named with the parties' names in the topic and answer, with their places in sample questions.
    const together = ex.parties.length >= 2;
    const what = listTopic(l.what, l.trigger, together ? joinAnd(ex.parties.map((p) => p.name)) : undefined);
    const asked = listTopic(
      l.what,
      l.trigger,
      together ? joinAnd(ex.parties.map((p) => p.place ?? p.name)) : undefined,
    );
    const context = listContext(l.source, ex);
    // A narrative sentence given as context is answered here, not again in a paragraph entry.
    for (const s of ex.sentences)
      if (context?.startsWith(s.text) && !ex.numbers.some((n) => n.source === s.text)) used.add(s.text);
    const doers = context
      ? ex.numbers
          .filter((n) => n.source === context && n.unit !== "Rp" && !DURATION_UNITS.has(n.unit.toLowerCase()))
          .map((n) => n.unit.toLowerCase())
      : [];
    // A topic cut to the words before the listing word ("kelompok nelayan di lima kelurahan pesisir")
    // keeps the whole clause in the answer: "Penerima bantuan dipilih berdasarkan data dari ...".
    const whole = stripEnd(l.what);
    const head = whole !== what && whole.endsWith(what) ? whole : what;
    const answer = `${context ? `${context} ` : ""}${cap(head)}: ${l.items.map(stripEnd).join("; ")}.${l.complete ? "" : ` Daftar ini tidak lengkap: berita menyebut "${l.incompleteBy}".`}`;
    entries.push({
      id: newId(`daftar-${i + 1}`),
      // The agreement's own scope ("di bidang ...", "Kerja sama tersebut mencakup ...").
      ...(l.trigger === "di bidang" || AGREEMENT_POINTED.test(stripEnd(l.what)) ? agreementAbout() : {}),
      topic: cap(what),
      // When the listing words are a live entry's topic ("prioritas"), the topic names the items instead.
      ownTopic: cap(shortPhrase(l.items.map(stripEnd).join(", "), 12)),
      answer,
      source: sourceId,
      // A list of named places ("Kelurahan Pasar Lor, Kelurahan Ujung, ...") also answers "mana saja".
      answers: [
        "list",
        "yesno",
        "definition",
        ...(l.items.every(
          (it) => /^\p{Lu}/u.test(it) && it.includes(" ") && !/^\p{Lu}\p{Ll}+\s\p{Ll}/u.test(it),
        )
          ? ["place"]
          : []),
      ],
      facts: { sectors: l.items.map(stripEnd) },
      questions: questionsOf(
        `Apa saja ${lowerFirst(asked)}?`,
        `${lowerFirst(asked)} apa aja?`,
        // "mencakup/meliputi" lists are what a question calls the "cakupan" (scope).
        /^(mencakup|mencakupi|meliputi|di bidang)$/.test(l.trigger ?? "") && !/^cakupan\b/.test(asked)
          ? `Apa saja cakupan ${lowerFirst(shortPhrase(asked, 5))}?`
          : undefined,
        l.items.every((it) => /^\p{Lu}/u.test(it))
          ? `${lowerFirst(shortPhrase(asked, 5))} mana saja?`
          : undefined,
        `Apakah ${l.items[0]} termasuk ${lowerFirst(shortPhrase(asked, 5))}?`,
        // Who the context sentence counts ("Sebanyak 150 mahasiswa akan tinggal ... untuk mendampingi") does
        // what is listed: asked as what they do ("Mahasiswa ngapain aja?").
        ...doers.map((d) => `Apa saja yang dilakukan ${d} dalam ${lowerFirst(shortPhrase(asked, 5))}?`),
      ),
      keywords: keywordsOf(
        contentWords(what).slice(0, 4),
        l.items.flatMap((it) => contentWords(it).slice(0, 2)),
        head === what ? [] : contentWords(head).slice(0, 3),
        // Chat asks with the bare root ("daftar ... bayar gak?" for "Pendaftaran gratis ...").
        rootsOf(contentWords(head).slice(0, 4)),
        costWords(l.source),
      ),
      note: [
        `Sumber: ${q(l.source)}`,
        ...(context ? [`Konteks: ${q(context)}`] : []),
        l.complete
          ? "Daftar lengkap menurut berita."
          : `Daftar tidak lengkap: berita menyebut "${l.incompleteBy}".`,
      ],
      factNotes: l.items.map((_, j) => ({ path: ["facts", "sectors", j], text: `dari ${q(l.source)}` })),
    });
  });

  // Targets.
  ex.targets.forEach((t, i) => {
    const owners = t.owners.map((o) => ({ written: o, key: partyOf(o) ?? partyOfOwner(o, ex, partyKey) }));
    const quote = ex.quotes.find((qf) =>
      qf.text.includes(
        t.source
          .replace(/[\u201c\u201d"]/g, "")
          .trim()
          .slice(0, 40),
      ),
    );
    const answer = quote?.speaker
      ? `Menurut ${quote.speaker.name}: "${t.source.replace(/[,]$/, ".")}"`
      : t.source;
    used.add(t.source);
    const keyed = owners.filter((o) => o.key);
    const facts: Record<string, unknown[]> = keyed.length
      ? { targets: keyed.map((o) => ({ what: t.what, year: t.year, owner: o.key })) }
      : { years: [t.year] };
    const note = [`Sumber: ${q(t.source)}`];
    if (!keyed.length)
      note.push("TINJAU: berita tidak menyebut pemilik target ini; isi facts.targets bila pemiliknya jelas.");
    entries.push({
      id: newId(`target-${t.year}${i ? `-${i + 1}` : ""}`),
      topic: `Target ${t.year}: ${shortPhrase(t.what, 6)}`,
      answer,
      source: sourceId,
      answers: ["target", "date", "yesno", "relative"],
      ...(keyed.length ? { about: [...new Set(keyed.map((o) => o.key as string))] } : {}),
      facts,
      questions: questionsOf(
        // The words Indonesian asks a target's year with: ditargetkan, selesai, tuntas, tercapai.
        `${cap(shortPhrase(t.what, 6))} ditargetkan selesai tahun berapa?`,
        `Apa target ${owners[0]?.written ?? shortPhrase(t.what, 3)} pada ${t.year}?`,
        `Kapan target ${shortPhrase(t.what, 4).toLowerCase()} tercapai?`,
        `${shortPhrase(t.what, 4).toLowerCase()} tuntas kapan?`,
      ),
      keywords: keywordsOf(
        ["target", "ditargetkan", "menargetkan", "sasaran"],
        contentWords(t.what).slice(0, 5),
      ),
      note,
      factNotes: keyed.map((o, j) => ({ path: ["facts", "targets", j], text: `pemilik: ${q(o.written)}` })),
    });
  });

  /** An entry for the numbers of a text: the amount asked ("berapa") with what it counts. */
  const numberEntry = (
    name: string,
    answer: string,
    text: string,
    numbers: typeof ex.numbers,
    note: string,
  ): DraftEntry => {
    const n = numbers[0] as (typeof numbers)[number];
    const plain = text.replace(/[\u201c\u201d"]/g, "");
    const written = n.unit === "Rp" ? `Rp ${n.value}` : `${n.value} ${n.unit}`;
    const asked = plain.includes(written)
      ? plain.replace(written, n.unit === "Rp" ? "berapa rupiah" : `berapa ${n.unit}`)
      : `Berapa ${n.unit} ${plain}`;
    const near = numbers.flatMap((x) => wordsNear(plain, x.value, 4));
    // "keempat desa ... luas tanam mencapai 1.250 hektare": a number the parties hold together is about all
    // of them (their total); the bot does not give it as one party's share.
    const together =
      ex.parties.length >= 2 && COLLECTIVE.test(plain) && !DISTRIBUTIVE.test(plain)
        ? [...new Set(ex.parties.map((p) => partyKey.get(p)).filter((k): k is string => Boolean(k)))]
        : [];
    return {
      id: newId(name),
      ...(together.length >= 2 ? { about: together } : {}),
      topic: `Angka: ${numbers.map((x) => (x.unit === "Rp" ? `Rp ${x.value}` : `${x.value} ${x.unit}`)).join(", ")}`,
      answer,
      source: sourceId,
      // A length of time ("berlaku selama 10 tahun") is what "berapa tahun" asks, which reads as a date.
      answers: [
        "amount",
        "definition",
        "yesno",
        ...(numbers.length > 1 ? ["list"] : []),
        ...(numbers.some((x) => DURATION_UNITS.has(x.unit.toLowerCase())) ? ["date"] : []),
        ...textTypes(plain),
      ].filter((t, i, all) => all.indexOf(t) === i),
      // The numbers as facts (facts.numbers): the bot finds "berapa <unit>" by them; value as written.
      // Years the sentence names ("Saat kemarau 2025, sebanyak 3.400 keluarga") are facts too, so a
      // question naming that year is not declined for a year the knowledge lacks.
      facts: {
        numbers: numbers.map((x) => ({
          label: measureOf(plain, x) ?? (x.unit === "Rp" ? "nilai rupiah" : `jumlah ${x.unit.toLowerCase()}`),
          value: x.value,
          ...(x.unit === "Rp" ? { unit: "rupiah" } : { unit: x.unit }),
        })),
        ...(yearsIn(plain).length ? { years: yearsIn(plain) } : {}),
      },
      questions: questionsOf(
        `${cap(shortPhrase(questionClause(asked), 12))}?`,
        `brp ${n.unit === "Rp" ? "duit" : n.unit} ${near
          .filter((w) => !n.unit.toLowerCase().includes(w))
          .slice(0, 3)
          .join(" ")}?`,
      ),
      // (What the numbers count is this entry's own fact, kept even when an earlier entry counts the same unit:
      // "150 liter" is found by "liter" as "900 liter" is.)
      keywords: withSubject([
        ...new Set(numbers.map((x) => (x.unit === "Rp" ? "rupiah" : x.unit.toLowerCase()))),
        ...keywordsOf(
          locationWords(plain, articleSentences),
          shareWords(plain),
          numbers.flatMap((x) => (measureOf(plain, x) ?? "").split(" ").filter(Boolean).slice(0, 2)),
          // What the amount is ("Tarif", "Anggaran"): the word a question asks it by.
          contentWords(amountLabel(numbers, text).split(":")[0] ?? "").slice(0, 1),
          near,
          titlePartners(plain, ex.title),
          contentWords(plain).slice(0, 6),
        ).filter(
          (k) => !numbers.some((x) => k === x.unit.toLowerCase() || (x.unit === "Rp" && k === "rupiah")),
        ),
      ]),
      note: [note, ...numbers.map((x) => `angka: ${x.value} (${x.unit}) dari ${q(x.source)}`)],
      factNotes: numbers.map((x, i) => ({ path: ["facts", "numbers", i], text: `dari ${q(x.source)}` })),
    };
  };

  // Numbers said inside quotations: one entry per quoted sentence, attributed to its speaker.
  let numberNo = 0;
  for (const qf of ex.quotes) {
    if (!qf.speaker) continue;
    for (const sentence of sentencesOfText(qf.text)) {
      const numbers = ex.numbers.filter(
        (n) => n.source.includes(sentence.slice(0, 40)) && sentence.includes(n.value),
      );
      if (!numbers.length) continue;
      numberNo++;
      const answer = `${amountLabel(numbers, sentence)} Menurut ${qf.speaker.name}: "${plainQuote(sentence)}"`;
      entries.push(numberEntry(`angka-${numberNo}`, answer, sentence, numbers, `Sumber: ${q(qf.source)}`));
    }
  }

  // Narrative sentences with numbers: one entry per sentence (a short one keeps the sentence before it
  // for context: "Tarif yang tengah dikaji sebesar Rp 5.000" needs "... bus listrik ..."), then the rest
  // of each paragraph's narrative (outside quotations).
  const narrative = (s: (typeof ex.sentences)[number]) =>
    !used.has(s.text) && !/[\u201c\u201d"]/.test(s.text) && s.text.split(" ").length >= 5;
  // A number gets its own entry even when its sentence also tells an event ("75 nelayan ... menerima").
  const numbered = new Set<string>();
  for (const p of ex.paragraphs) {
    if (ex.structural.has(p.index)) continue;
    const inPara = ex.sentences.filter((s) => s.paragraph === p.index);
    inPara.forEach((s, k) => {
      if (numbered.has(s.text) || /[\u201c\u201d"]/.test(s.text) || s.text.split(" ").length < 5) return;
      if (used.has(s.text) && !ex.events.some((e) => e.source === s.text)) return;
      numbered.add(s.text);
      const numbers = ex.numbers.filter((n) => n.source === s.text);
      if (!numbers.length) return;
      const prev = inPara[k - 1];
      // (Not a sentence with a price when this one states none: its price would answer for this number.)
      const withContext =
        s.text.split(" ").length < 12 &&
        prev &&
        !/[\u201c\u201d"]/.test(prev.text) &&
        !(PRICE_IN.test(prev.text) && !PRICE_IN.test(s.text));
      const body = withContext ? `${prev.text} ${s.text}` : s.text;
      used.add(s.text);
      numberNo++;
      entries.push(
        numberEntry(
          `angka-${numberNo}`,
          `${amountLabel(numbers, body)} ${body}`,
          body,
          numbers,
          `Sumber: ${q(body)}`,
        ),
      );
    });
  }
  let restNo = 0;
  for (const p of ex.paragraphs) {
    if (ex.structural.has(p.index)) continue;
    const rest = ex.sentences.filter((s) => s.paragraph === p.index && narrative(s));
    if (!rest.length) continue;
    const body = fitAnswer(rest.map((s) => s.text));
    for (const s of rest) if (body.includes(s.text)) used.add(s.text);
    restNo++;
    const words = contentWords(body);
    const types = ["definition", "yesno"];
    if (/\b(karena|sebab|alasan|diperlukan|dibutuhkan)\b/.test(body)) types.push("reason");
    if (/\b(agar|supaya|untuk|bertujuan|tujuan)\b/.test(body)) types.push("purpose");
    if (/\b(berharap|diharapkan|harapan|manfaat|dampak|membantu)\b/.test(body)) types.push("benefit");
    if (/\b(meliputi|antara lain|terdiri)\b/.test(body)) types.push("list");
    // "menelepon nomor darurat 112": a number that names (a telephone, an account) answers "nomor berapa".
    if (/\b(?:nomor|no\.|nomer|kode)\s+(?:[\p{L}-]+\s+){0,3}\d{2,}/iu.test(body)) types.push("amount");
    if (/\b(di|ke|melalui|lewat)\s+\p{Lu}|\blewat\b|\bmelalui\b/u.test(body)) types.push("place");
    for (const t of textTypes(body)) if (!types.includes(t)) types.push(t);
    entries.push({
      id: newId(`rincian-${restNo}`),
      topic: cap(shortPhrase(body, 8)),
      answer: body,
      droppable: true,
      source: sourceId,
      answers: types,
      questions: questionsOf(
        `Apa yang disebut berita tentang ${words.slice(0, 3).join(" ")}?`,
        `${words.slice(0, 2).join(" ")} gimana?`,
      ),
      keywords: withSubject([...costWords(body), ...protestWords(body), ...keywordsOf(words.slice(0, 10))]),
      note: [`Sumber: ${q(body)}`],
      factNotes: [],
    });
  }

  // Years written relative to the article ("akhir tahun lalu", "tahun depan"): counted from the
  // publication date (date-fns), so "banjir tahun lalu" is checked against that year like a written one;
  // with no publication date nothing is counted, and the entry is marked for review.
  for (const e of entries) {
    const relative = relativeYearsIn(e.answer);
    if (!relative.length) continue;
    const years = ((e.facts?.years ?? []) as number[]).slice();
    for (const r of relative) {
      const year = resolveRelativeYear(r, ex.published?.value);
      if (year === undefined) {
        e.note.push(`TINJAU: ${S.relativeYearNoDate(r.text)}`);
        continue;
      }
      if (years.includes(year)) continue;
      years.push(year);
      e.factNotes.push({
        path: ["facts", "years", years.length - 1],
        text: S.relativeYearFrom(q(r.text), year, ex.published?.value as string),
      });
    }
    if (years.length) e.facts = { ...(e.facts ?? {}), years };
  }

  // The source itself.
  const outlet = outletName(ex);
  const when = ex.published ? `, terbit ${longDate(ex.published.value)}` : "";
  entries.push({
    id: newId("sumber"),
    topic: `Sumber: ${outlet.name}`,
    answer: `${ex.kind === "siaran pers" ? "Siaran pers" : "Berita"} ini bersumber dari ${outlet.name}${when}${ex.title ? `, berjudul "${ex.title}"` : ""}.`,
    source: sourceId,
    answers: ["definition", "place", ...(ex.published ? ["date"] : [])],
    ...(ex.published ? { facts: { dates: [{ label: "terbit", date: ex.published.value }] } } : {}),
    questions: questionsOf(
      `Dari mana sumber berita ${ex.title ?? anchor}?`,
      `${ex.kind === "siaran pers" ? "Siaran pers" : "Berita"} ${outlet.name} ini dimuat di media apa?`,
      ex.published
        ? `Kapan ${ex.kind === "siaran pers" ? "siaran pers" : "berita"} ${outlet.name} ini diterbitkan?`
        : undefined,
      ex.published && ex.kind === "siaran pers"
        ? `siaran pers ${outlet.name} dikeluarkan tgl brp?`
        : undefined,
    ),
    // The outlet's name first (keywords stop at ten); "kantor berita" for a wire's "berasal dari kantor berita apa?".
    keywords: keywordsOf([
      outlet.name.toLowerCase(),
      "sumber",
      "berasal",
      "kantor berita",
      "media",
      "dimuat",
      "terbit",
      "diterbitkan",
      "koran",
      "berita",
    ]),
    note: [
      `Media: ${outlet.note}`,
      ex.published
        ? `Tanggal terbit: dari ${q(ex.published.source)}`
        : "TINJAU: tanggal terbit tidak tercantum; isi date di sources bila diketahui.",
    ],
    factNotes: ex.published
      ? [{ path: ["facts", "dates", 0], text: `terbit: dari ${q(ex.published.source)}` }]
      : [],
  });

  // Related entries: neighbours in the draft.
  const source: Record<string, unknown> = { id: sourceId, outlet: outlet.name };
  if (ex.title) source.title = ex.title;
  if (ex.published) source.date = ex.published.value;
  source.note = `Draf dari ${options.articleName ?? "naskah berita"}; ditinjau staf sebelum dipakai.`;

  // An entry left without a sample question (every one is already the live knowledge's, or the
  // take-over guard dropped them) repeats what the live knowledge answers: not drafted.
  // A detail the guard drops is named in the header, so staff can add it by hand if they want it.
  const dropped = entries.filter((e) => options.avoid?.drop?.has(e.id));
  const kept = entries
    .filter((e) => e.questions.length && !options.avoid?.drop?.has(e.id))
    .map(({ ownTopic, ownAnswer, droppable: _d, ...e }) => {
      const topic = ownTopic && options.avoid?.topics?.has(e.id) ? ownTopic : e.topic;
      const answer = ownAnswer && options.avoid?.answers?.has(e.id) ? ownAnswer : e.answer;
      return { ...e, topic, answer };
    });
  const droppedNotes = dropped.map((e) => droppedDetail(e.answer));
  const variants = {
    ownAnswer: new Set(entries.filter((e) => e.ownAnswer).map((e) => e.id)),
    droppable: new Set(entries.filter((e) => e.droppable).map((e) => e.id)),
  };
  return { ...render(ex, source, parties, partyNotes, kept, outlet.note, options, droppedNotes), variants };
}

/** The header note for a detail the guard left out. */
function droppedDetail(answer: string): string {
  return S.detailDropped(answer.slice(0, 60));
}

function render(
  ex: Extraction,
  source: Record<string, unknown>,
  parties: Draft["data"]["parties"],
  partyNotes: string[],
  entries: DraftEntry[],
  outletNote: string,
  options: DraftOptions,
  droppedNotes: string[] = [],
): Omit<Draft, "variants"> {
  const data: Draft["data"] = {
    sources: [source],
    parties,
    entries: entries.map(({ note: _n, factNotes: _f, ...e }) => e),
  };
  const doc = new Document(data);
  doc.commentBefore = [
    ` DRAF pengetahuan dari ${options.articleName ?? "naskah berita"} (dibuat otomatis oleh npm run knowledge:import).`,
    " Bot TIDAK memakai berkas di folder knowledge/draft/. Cara meninjau:",
    " - Setiap nilai diberi komentar «kalimat sumber» dari berita; cocokkan dengan naskahnya.",
    ' - Baris "TINJAU:" menandai hal yang belum pasti: lengkapi atau hapus butirnya.',
    " - Periksa bersama pengetahuan yang dipakai: npm run knowledge:check -- --draft BERKAS",
    " - Setelah benar, pindahkan berkas ke folder knowledge/ (di luar draft/).",
    ...(ex.review.length || droppedNotes.length
      ? [" Perlu ditinjau:", ...[...ex.review, ...droppedNotes].map((r) => ` - TINJAU: ${r}`)]
      : []),
  ].join("\n");
  const seqOf = (path: (string | number)[]) => doc.getIn(path, true) as YAMLSeq | undefined;
  const mapOf = (path: (string | number)[]) => doc.getIn(path, true) as YAMLMap | undefined;
  const sourceMap = mapOf(["sources", 0]);
  if (sourceMap) sourceMap.commentBefore = ` Media: ${outletNote}`;
  const partySeq = seqOf(["parties"]);
  partySeq?.items.forEach((item, i) => {
    (item as Node).commentBefore = ` ${partyNotes[i] ?? ""}`;
    const aliases = mapOf(["parties", i, "aliases"]);
    if (aliases) (aliases as unknown as YAMLSeq).flow = true;
  });
  entries.forEach((e, i) => {
    const m = mapOf(["entries", i]);
    if (!m) return;
    m.commentBefore = e.note.map((n) => ` ${n.replace(/\n/g, "\n ")}`).join("\n");
    for (const key of ["answers", "keywords", "about"]) {
      const s = doc.getIn(["entries", i, key], true);
      if (isSeq(s)) s.flow = true;
    }
    for (const f of e.factNotes) {
      const node = doc.getIn(["entries", i, ...f.path], true) as Node | undefined;
      if (node)
        node.commentBefore = f.text
          .split("\n")
          .map((l) => ` ${l}`)
          .join("\n");
    }
    const quotes = doc.getIn(["entries", i, "quotes"], true);
    if (isSeq(quotes)) {
      quotes.items.forEach((qn) => {
        if (isMap(qn)) qn.commentBefore = ` kutipan persis dari berita (lihat komentar butir)`;
      });
    }
  });
  return { yaml: doc.toString({ lineWidth: 110, minContentWidth: 40 }), data };
}

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} dan ${items[items.length - 1]}`;
}

/**
 * A text that says something is free ("Pendaftaran gratis", "tidak dipungut biaya") answers what a
 * citizen asks as "bayar nggak?", "biayanya berapa?": those words become keywords.
 */
function costWords(text: string): string[] {
  return /\b(gratis|cuma-cuma|tanpa biaya|tidak dipungut biaya|tidak berbayar|bebas biaya)\b/i.test(text)
    ? ["gratis", "biaya", "bayar", "berbayar"]
    : [];
}

/**
 * The words a share is asked by ("jatah", "bagian", "porsi"), for a text in which someone gets a number
 * ("Sendangarum akan mendapat 150 liter per detik, Tirtamulya 100 ..."): what one gets of a whole is one's
 * share, as costWords reads "gratis" as a cost.
 */
function shareWords(text: string): string[] {
  return /\b(?:mendapat|mendapatkan|memperoleh|menerima|kebagian)\s+(?:(?:sekitar|sebanyak|sebesar|jatah|bagian|porsi)\s+)?(?:Rp\s?)?\d/i.test(
    text,
  )
    ? ["jatah", "bagian", "porsi"]
    : [];
}

/**
 * The words citizens name a protest by ("demo", "unjuk rasa"), for a text that reports one in news idiom
 * ("warga menggelar aksi damai sambil membentangkan spanduk"), as costWords reads "gratis" as a cost.
 */
function protestWords(text: string): string[] {
  return /\b(?:menggelar aksi|aksi damai|aksi unjuk rasa|unjuk rasa|berunjuk rasa|demonstrasi|berdemonstrasi|aksi protes)\b/i.test(
    text,
  )
    ? ["demo", "unjuk rasa", "demonstrasi"]
    : [];
}

/**
 * For a person the news met to get their words ("Ditemui di ruang kerjanya, Senin (23/3), Pak Sekda
 * mengatakan, ..."): the words a reader asks for them by, the meeting ("ditemui", "diwawancarai") and
 * where it was ("ruang", "kerjanya"). Empty for anyone quoted without such a setting.
 */
function interviewWords(p: Person, ex: Extraction): string[] {
  // (Only for one of several holders of an office, "Sekretaris Daerah" of two regencies: anyone else is
  // found by the office alone, and more keywords only weaken that.)
  const office = (t: string | undefined) =>
    t
      ? (/^(.*?)\s+(?:Kabupaten|Provinsi|Desa|Kecamatan|Kelurahan|(?<!Wali )Kota)\s/.exec(t)?.[1] ??
        t.replace(/\s+\S+$/, ""))
      : "";
  if (!p.title || !ex.people.some((o) => o !== p && office(o.title) === office(p.title))) return [];
  const out: string[] = [];
  for (const qf of ex.quotes) {
    if (qf.speaker !== p) continue;
    const m = /\b(?:ditemui|diwawancarai|dihubungi|dijumpai|saat wawancara)\b([^,.;\u201c"]*)/i.exec(
      qf.source,
    );
    if (!m) continue;
    out.push("ditemui", "diwawancarai", "wawancara", ...contentWords(m[1] ?? ""));
  }
  return [...new Set(out)];
}

/** Words that put the parties together ("keempat desa", "kedua daerah", "total"): a number of theirs is a sum. */
const COLLECTIVE =
  /\b(?:(?:kedua|ketiga|keempat|kelima|keenam|seluruh|semua)\s+(?:desa|daerah|kota|kabupaten|pihak|pemerintah|pemda|kelurahan|wilayah)|total|gabungan|bersama-sama)\b/i;
/** Words that give each party its own number ("masing-masing desa", "setiap daerah"). */
const DISTRIBUTIVE = /\b(?:masing-masing|setiap|tiap-tiap|tiap)\b/i;

/** Words of signing and agreeing ("Teken" in a headline): they name every agreement, not this one's subject. */
const SIGNING_WORDS =
  /^(?:kerja|sama|teken|diteken|meneken|penekenan|tanda|tangan|menandatangani|ditandatangani|penandatanganan|sepakat|bersepakat|kesepakatan|menjalin|dijalin)$/;

/** A room named with the building it is in ("Ruang Rapat Utama Balai Kota X"): the building. */
const ROOM_IN_BUILDING =
  /^(?:Ruang|Ruangan|Aula|Lobi|Lantai|Gedung)\b.*?\s((?:Balai|Kantor|Gedung|Pendopo|Pendapa|Rumah Dinas|Graha|Wisma|Hotel|Kompleks)\s.+)$/;

/** A price written in a text (the bot answers price questions only from entries that state one). */
const PRICE_IN = /\bRp\.?\s?\d|\brupiah\b/i;

/** Units that measure a length of time. */
const DURATION_UNITS = new Set(["tahun", "bulan", "hari", "minggu", "pekan", "jam"]);

/** Years written in a text as four digits (1900-2199), in order, once each. */
function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\b((?:19|20|21)\d\d)\b/g)].map((m) => Number(m[1])))];
}

/** Joins sentences up to the answer length staff are asked to keep (600 characters). */
function fitAnswer(sentences: string[]): string {
  let out = "";
  for (const s of sentences) {
    if (out && out.length + s.length + 1 > 580) break;
    out = out ? `${out} ${s}` : s;
  }
  return out;
}

/** What the article is about, for sample questions: the signed object with its parties, else the title. */
function topicAnchor(ex: Extraction): string {
  const object = signingObject(ex);
  if (object) return object;
  const ev = ex.events[0];
  if (ev) {
    const m =
      /\b(Festival|Pameran|Lomba|Program|Konferensi|Peluncuran|Peresmian)(?:\s+\p{Lu}[\p{L}-]*|\s+\d{4})+/u.exec(
        ev.source,
      );
    if (m) return m[0];
  }
  return shortPhrase(ex.title ?? ex.sentences[0]?.text ?? "berita ini", 6);
}

const EVENT_NOUNS =
  "Festival|Pameran|Lomba|Konferensi pers|Jumpa pers|Sosialisasi|Rapat|Pelatihan|Peluncuran|Peresmian|Upacara|Pawai|Kirab|Seminar|Lokakarya|Musyawarah|Bazar|Sarasehan|Lari Sehat|Jalan Sehat";

/**
 * The event a sentence names, for sample questions: a proper name ("Festival UMKM Lorowangi 2026"), or an
 * activity with what follows it up to the place or time ("sosialisasi kepada warga bantaran sungai");
 * a press conference is named with what it announced (`about`).
 */
function namedEvent(sentence: string, about: string): string | undefined {
  const proper = new RegExp(`\\b(?:${EVENT_NOUNS})(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\d{4}))+`, "u").exec(sentence);
  if (proper) return proper[0];
  const activity = new RegExp(
    `\\b(${EVENT_NOUNS.toLowerCase()})\\b((?:\\s+(?!di\\b|pada\\b|dan\\b)[\\p{Ll}]+){0,5})`,
    "u",
  ).exec(sentence);
  if (!activity) return undefined;
  if (/pers$/.test(activity[1] ?? "")) return `${activity[1]} ${about}`;
  return `${activity[1]}${activity[2] ?? ""}`.trim();
}

/** The thing signed, from the signing sentence ("nota kesepahaman pengembangan kampung digital"). */
function signingObject(ex: Extraction): string | undefined {
  for (const s of ex.sentences) {
    const m =
      /\b(?:menandatangani|meneken|penandatanganan)\s+(.+?)(?=\s+(?:di|pada|oleh|antara|dengan|yang)\b|,|\.|$)/.exec(
        s.text,
      );
    if (m && !/^(tersebut|itu|ini)$/.test(m[1] ?? ""))
      return stripEnd((m[1] as string).replace(/\s+(tersebut|itu|ini)$/, ""));
  }
  return undefined;
}

/** The event in words, without its date and place ("Mahasiswa angkatan pertama ... ke kelurahan"). */
function eventPhrase(ev: EventFact, ex: Extraction): string {
  if (ev.signing) {
    const object = signingObject(ex);
    if (object) return `penandatanganan ${object}`;
  }
  let t = ev.what.replace(ev.written, " ");
  if (ev.place)
    t = t.replace(new RegExp(`\\s*di\\s+${ev.place.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`), " ");
  // ("Ditemui di ruang kerjanya, Senin (23/3), Pak Sekda ..." and "Jumat pekan lalu (20/3), ketiga ...": the
  // commas around the date go with it.)
  t = t
    .replace(/\s+(pada|pukul|mulai|sejak)\s*[,.]?\s*$/, "")
    .replace(/,(\s*,)+/g, ",")
    .replace(/^[\s,]+/, "")
    .replace(/\s+,/g, ",")
    .replace(/\s+/g, " ");
  // "Hanafi menjelaskan, posko ... dibuka", "Sebagai tindak lanjut, MAD ... digelar": the event, not who
  // told it or how the article links it.
  t = t
    .replace(
      /^(?:\p{Lu}[\p{L}.]*\s){1,4}(?:menjelaskan|mengatakan|menyebutkan|menambahkan|menyampaikan|mengungkapkan|menuturkan)(?:\s+bahwa)?,?\s+/u,
      "",
    )
    .replace(/^(?:Sebagai tindak lanjut|Selain itu|Sementara itu|Selanjutnya|Adapun),?\s+/, "");
  return cap(stripEnd(t.replace(/\s+pada\s*$/, "")));
}

/** "Balai Kota Kediri" -> "Kota Kediri" when the article writes the city that way. */
function hostCity(place: string, ex: Extraction): string | undefined {
  const last = place.split(" ").pop() ?? "";
  for (const p of ex.parties) {
    if (p.place !== last) continue;
    const city =
      p.kind === "kota"
        ? `Kota ${last}`
        : p.kind === "kabupaten"
          ? `Kabupaten ${last}`
          : p.kind === "desa"
            ? `Desa ${last}`
            : undefined;
    if (city && city !== place && ex.sentences.some((s) => s.text.includes(city))) return city;
  }
  return undefined;
}

function partyOfOwner(owner: string, ex: Extraction, keys: Map<PartyFact, string>): string | undefined {
  const place = owner.split(" ").pop();
  const p = ex.parties.find((x) => x.place === place || x.name === owner);
  return p ? keys.get(p) : undefined;
}

/**
 * The sentence that says what a list is about when the list's own sentence does not: the sentence before
 * it in its paragraph, or for a list said in a quotation, the speaker and the narrative just before it.
 */
function listContext(source: string, ex: Extraction): string | undefined {
  const at = ex.sentences.findIndex(
    (s) => s.text === source || s.text.replace(/[\u201c\u201d"]/g, "").includes(source),
  );
  const s = ex.sentences[at];
  if (s && s.text === source) {
    const prev = ex.sentences[at - 1];
    return prev && prev.paragraph === s.paragraph && !/[\u201c\u201d"]/.test(prev.text)
      ? prev.text
      : undefined;
  }
  const quote = ex.quotes.find((qf) => qf.text.includes(source.replace(/[.,]$/, "")));
  if (!quote?.speaker) return undefined;
  // The narrative sentence just before the quotation: in its own paragraph, else the paragraph before.
  const here = s?.paragraph ?? 0;
  const before = ex.sentences
    .slice(0, Math.max(0, at))
    .filter((x) => x.paragraph >= here - 1 && !/[\u201c\u201d"]/.test(x.text))
    .pop();
  return `${before ? `${before.text} ` : ""}Menurut ${quote.speaker.name}:`;
}

/** The agreement named by a pointing word ("Kerja sama tersebut", "Kesepakatan ini"): the article's own. */
const AGREEMENT_POINTED =
  /^(kerja sama|kerjasama|kesepakatan|perjanjian|nota kesepahaman|kolaborasi|MoU)\s+(?:tersebut|itu|ini)\b/i;

/**
 * "Kerja sama ... di bidang" -> "bidang kerja sama"; otherwise the words before the listing word. A list
 * of "Kerja sama tersebut" is the article's agreement between its parties (`parties`, when it has two or
 * more): named so, as a question names it ("cakupan kerja sama kedua kabupaten", "... Giriwana dan
 * Sungailor"); a list it "mencakup/meliputi" is its scope ("cakupan").
 */
function listTopic(what: string, trigger?: string, parties?: string): string {
  let w = stripEnd(what);
  const pointed = parties ? AGREEMENT_POINTED.exec(w) : null;
  if (pointed && parties) {
    w = `${lowerFirst(pointed[1] as string)} ${parties}${w.slice(pointed[0].length)}`;
    return /^(mencakup|mencakupi|meliputi)$/.test(trigger ?? "") ? `cakupan ${w}` : w;
  }
  if (trigger === "di bidang") {
    const m = /(kerja sama|kolaborasi|kesepakatan|kontrak)[\p{L}\s]*$/u.exec(w);
    return `bidang ${m ? m[0].trim() : shortPhrase(w, 4)}`;
  }
  const words = w.split(" ");
  return words.length > 8 ? words.slice(-6).join(" ") : w;
}

/** The clause of a sentence around its "berapa" (sample questions stay short). */
function questionClause(s: string): string {
  const at = s.indexOf("berapa");
  const comma = s.lastIndexOf(", ", at);
  let from = comma >= 0 ? comma + 2 : 0;
  if (at - from > 60) from = s.indexOf(" ", at - 40) + 1;
  return s.slice(from).replace(/[.!?]+$/, "");
}

/**
 * Question types a text can answer beyond its kind: "siapa" when it names who does something ("ditanggung
 * bersama oleh kedua pemerintah daerah"), "berapa lama/setiap hari" when it speaks of a span of time.
 */
function textTypes(text: string): string[] {
  const out: string[] = [];
  if (/\boleh\s/.test(text)) out.push("person");
  // "sebagai lokasi gudang": a text that says where something will be answers "di mana".
  if (LOCATES.test(text)) out.push("place");
  if (
    /\b(setiap|per|tiap)\s+(hari|bulan|tahun|pekan|minggu)\b|\b(tahun|bulan|pekan|minggu)\s+(lalu|silam)\b/i.test(
      text,
    )
  )
    out.push("relative");
  return out;
}

/** A text that says where something is ("sebagai lokasi gudang", "Lokasi TPST berada di Desa ..."). */
const LOCATES = /\b(?:lokasi|bertempat|berlokasi|terletak|berada\s+di)\b/i;

/**
 * The words a question asks a location by, for a text that says where something is: "lokasi", "letak",
 * and "dibangun" when the article says the thing located is built ("pembangunan gudang penyimpanan" and
 * "sebagai lokasi gudang": "gudangnya dibangun di mana?"). Empty for a text that locates nothing.
 */
function locationWords(text: string, article: readonly string[]): string[] {
  if (!LOCATES.test(text)) return [];
  const out = ["lokasi", "letak"];
  const located = [
    ...text.matchAll(/\blokasi\s+(\p{L}{3,})/giu),
    ...text.matchAll(/\b(\p{L}{3,})(?:\s+\p{Lu}\p{L}*)*\s+(?:berada|terletak|berlokasi)\s+di\b/gu),
  ].map((m) => (m[1] as string).toLowerCase());
  const built = (noun: string) =>
    article.some(
      (s) =>
        new RegExp(`\\b(?:pembangunan|membangun|dibangun)\\s+(?:\\p{L}+\\s+){0,2}?${noun}\\b`, "iu").test(
          s,
        ) || new RegExp(`\\b${noun}\\b[^.]{0,40}\\bdibangun\\b`, "iu").test(s),
    );
  if (located.some((n) => !["tersebut", "itu", "ini", "yang"].includes(n) && built(n))) out.push("dibangun");
  return out;
}

/** Content words within `span` words of a number in a text ("uji coba 12 unit bus listrik"). */
function wordsNear(text: string, value: string, span: number): string[] {
  const ws = text.split(/\s+/);
  const at = ws.findIndex((w) => w.includes(value.split(" ")[0] as string));
  if (at < 0) return [];
  return contentWords(ws.slice(Math.max(0, at - span), at + span + 2).join(" "));
}

/**
 * What an amount is, in words the question uses ("Jumlah: 24 kelurahan.", "Anggaran: Rp 2,5 miliar."):
 * public money (APBD, dana, anggaran) is an "anggaran", a fare a "tarif", other money a "nilai", other
 * numbers a "jumlah". The words after the label are the article's own.
 */
function amountLabel(numbers: { value: string; unit: string }[], text: string): string {
  const parts = numbers.map((n) => {
    // "berkapasitas 10 ton per hari" -> "Kapasitas: 10 ton.": what the number measures, when written.
    const measure = measureOf(text, n);
    if (n.unit !== "Rp")
      return measure ? `${cap(measure)}: ${n.value} ${n.unit}.` : `Jumlah ${n.unit}: ${n.value}.`;
    const kind = /\b(APBD|APBN|anggaran|dana|hibah)\b/i.test(text)
      ? "Nilai anggaran/dana"
      : /\btarif\b/i.test(text)
        ? "Tarif"
        : /\bbiaya\b/i.test(text)
          ? "Biaya"
          : measure
            ? cap(measure)
            : "Nilai";
    return `${kind}: Rp ${n.value}.`;
  });
  return parts.join(" ");
}

/**
 * Nouns that name what a number measures (its quantity, as opposed to its unit): "harga", "luas", "modal".
 * Indonesian writes them before the number, bare or with ber-/se-/-nya ("berkapasitas 10 ton", "seluas
 * 1.500 meter persegi", "jaraknya lebih dari 40 kilometer").
 */
const MEASURES = new Set(
  (
    "harga biaya tarif nilai modal anggaran dana gaji upah omzet pendapatan luas kapasitas jarak panjang " +
    "lebar tinggi berat volume daya debit kecepatan suhu usia umur durasi waktu lama jumlah total kuota " +
    "produksi populasi penduduk"
  ).split(" "),
);

/** Words a measure may be followed by before its number ("luas tanam mencapai 1.250"). */
const TO_NUMBER = new Set(
  "mencapai sebesar sebanyak sekitar hingga sampai kurang lebih dari paling sedikitnya setidaknya cuma hanya hanyalah adalah yakni yaitu ialah bisa dapat akan menjadi".split(
    " ",
  ),
);

/**
 * What a number measures, as the sentence names it before the number: the nearest measure noun within a
 * few words, with the words qualifying it ("luas tanam", "total modal awal", "biaya operasional layanan
 * bersama"). Undefined when the sentence names none (a count: its unit says what it counts).
 */
export function measureOf(text: string, n: { value: string; unit: string }): string | undefined {
  const written =
    n.unit === "Rp" ? new RegExp(`Rp\\.?\\s?${escapeRe(n.value)}`) : new RegExp(escapeRe(n.value));
  const at = written.exec(text)?.index;
  if (at === undefined) return undefined;
  // The measure is named in the number's own clause, after any number before it: in "seluas 32 hektare,
  // sekitar 27 kilometer dari pusat kota" 27 is no area, nor is "sepanjang kemarau 2025 sebanyak 12.400
  // orang" a length.
  const head = text.slice(0, at);
  const clauseStart = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), lastNumberEnd(head));
  const before = head
    .slice(clauseStart + 1)
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  const low = (x: string | undefined) => (x ?? "").toLowerCase();
  let k = before.length - 1;
  while (k >= 0 && TO_NUMBER.has(low(before[k]))) k--;
  for (let back = 0; back < 5 && k - back >= 0; back++) {
    const w = low(before[k - back]);
    if (w === "sejumlah") continue; // "di sejumlah desa": several, not a quantity
    const root = w.replace(/^(?:ber|se)(?=\p{L}{4})/u, "").replace(/nya$/, "");
    if (!MEASURES.has(root)) continue;
    // The words qualifying the measure, up to a preposition, a clause word, a verb or a name.
    const qualifying: string[] = [];
    for (const x of w === root ? before.slice(k - back + 1, k + 1) : []) {
      if (/^\p{Lu}/u.test(x) || QUALIFY_STOP.has(x) || /^(me|di)\p{L}{3}/u.test(x)) break;
      qualifying.push(x);
    }
    const lead = low(before[k - back - 1]);
    return [...(lead === "total" ? [lead] : []), root, ...qualifying.slice(0, 3)].join(" ");
  }
  return undefined;
}

/** Where the last number written in `text` ends (-1 when it has none). */
function lastNumberEnd(text: string): number {
  let end = -1;
  for (const m of text.matchAll(/\d[\d.,]*/g)) end = (m.index ?? 0) + m[0].length - 1;
  return end;
}

/** Words that end the qualifiers of a measure ("waktu tunggu DI sejumlah desa"). */
const QUALIFY_STOP = new Set(
  "di ke dari pada untuk bagi dengan oleh yang ini itu tersebut dan atau serta sejumlah".split(" "),
);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Sentences of a quotation's text. */
function sentencesOfText(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
    .map((t) => t.trim())
    .filter(Boolean);
}

function plainQuote(s: string): string {
  return s.replace(/,\s*$/, ".").trim();
}

function outletName(ex: Extraction): { name: string; note: string } {
  if (ex.outlet) return { name: ex.outlet.value, note: `dari ${q(ex.outlet.source)}` };
  if (ex.kind === "siaran pers") {
    const issuer = ex.people
      .map((p) => p.title ?? "")
      .map((t) => /(Dinas|Badan|Bagian)\s.+$/.exec(t)?.[0])
      .find(Boolean);
    return {
      name: issuer ? `Siaran pers ${issuer}` : "Siaran pers",
      note: `naskah bertanda «SIARAN PERS»${issuer ? `; penerbit dari narahubung ${q(issuer)}` : ""}. TINJAU: nama media tidak disebut`,
    };
  }
  return {
    name: "Naskah berita",
    note: "TINJAU: nama media tidak disebut; jalankan lagi dengan --outlet NAMA",
  };
}

/**
 * The narrative that leads to a quotation, when the quotation opens its paragraph: the paragraph before
 * it, if that paragraph speaks of the same speaker ("Salah satu penerima, Darmin, ... Ia berharap ...").
 * Sentences already answered elsewhere are left out.
 */
function quoteContext(qf: QuoteFact, ex: Extraction, used: Set<string>): string {
  const sp = qf.speaker;
  if (!sp) return "";
  const para = ex.paragraphs.find((p) => qf.source.startsWith(p.text));
  if (!para || !/^["\u201c]/.test(para.text)) return "";
  const prev = ex.sentences.filter((s) => s.paragraph === para.index - 1);
  const names = [sp.name, ...sp.name.split(" "), ...sp.aliases];
  if (!prev.some((s) => names.some((n) => s.text.includes(n)))) return "";
  // (A sentence with numbers gets its own entry: as context it would be used up and its amounts lost.)
  const fresh = prev
    .filter(
      (s) =>
        !used.has(s.text) && !/["\u201c\u201d]/.test(s.text) && !ex.numbers.some((n) => n.source === s.text),
    )
    .map((s) => s.text);
  return fresh.join(" ").length <= 400 ? fresh.join(" ") : "";
}

function quoteEntry(
  qf: QuoteFact,
  i: number,
  sourceId: string,
  newId: (n: string) => string,
  questionsOf: (...qs: (string | undefined)[]) => string[],
  keywordsOf: (...g: string[][]) => string[],
  context: string,
): DraftEntry | undefined {
  const sp = qf.speaker;
  const words = contentWords(qf.text);
  const note = [`Sumber: ${q(qf.source)}`];
  if (!sp) {
    // No speaker: no entry (an unattributed quote must not be served); staff see it in the header.
    return undefined;
  }
  note.push(
    `Pembicara: ${qf.speakerAs === "(kata ganti)" ? "kata ganti (ujarnya/ia), orang yang disebut terakhir sebelumnya" : q(qf.speakerAs ?? "")} -> ${sp.name}`,
  );
  if (qf.review) note.push(`TINJAU: ${qf.review}`);
  const text = qf.text.replace(/,\s*$/, ".");
  const who = sp.title && /^\p{Lu}/u.test(sp.title) ? `${sp.title} ${sp.name}` : sp.name;
  const topicWords = words
    .filter((w) => !sp.name.toLowerCase().split(" ").includes(w))
    .slice(0, 3)
    .join(" ");
  const id = newId(`kutipan-${slug(sp.name.split(" ")[0] ?? "x")}-${i + 1}`);
  const topic = `Pernyataan ${sp.name}: ${shortPhrase(text, 6)}`;
  const asked = {
    questions: questionsOf(
      `Apa kata ${sp.name} tentang ${topicWords}?`,
      `Apa pernyataan ${sp.name.split(" ")[0]} soal ${words.slice(0, 2).join(" ")}?`,
      `${sp.name.split(" ")[0]} ngomong apa soal ${words.slice(2, 4).join(" ") || topicWords}?`,
    ),
    keywords: keywordsOf(words.slice(0, 6), ["pernyataan", "kata", "ujar"]),
  };
  if (sp.title) {
    // Quote dates are optional: an undated quote is still a quote (the bot answers "apa kata X?" from
    // `quotes:`), written without a date rather than with a guessed one.
    if (qf.date) note.push(`Tanggal kutipan: ${qf.dateBy ?? qf.date}`);
    else note.push("Tanggal kutipan: tidak disebut berita, jadi tidak ditulis (jangan ditebak).");
    return {
      id,
      topic,
      // The words stay in the answer too: the bot shows `quotes:` only to quote questions, and a question
      // like "harus bawa apa?" is answered by what the speaker said.
      answer: `${context ? `${context} ` : ""}${who}${qf.date ? ` pada ${longDate(qf.date)}` : ""}: "${text}"`,
      source: sourceId,
      answers: qf.date
        ? ["quote", "reason", "date", "purpose"]
        : ["quote", "reason", "purpose", "definition"],
      ...asked,
      quotes: [{ text, speaker: sp.name, office: sp.title, ...(qf.date ? { date: qf.date } : {}) }],
      note,
      factNotes: [],
    };
  }
  note.push(
    "TINJAU: berita tidak menyebut jabatan atau peran pembicara; kutipan ditulis di jawaban, bukan di quotes (quotes butuh jabatan pembicara).",
  );
  return {
    id,
    topic,
    answer: `${context ? `${context} ` : ""}${who}${sp.title && !/^\p{Lu}/u.test(sp.title) ? ` (${sp.title})` : ""}: "${text}"`,
    source: sourceId,
    answers: ["quote", "reason", "purpose", "definition"],
    ...asked,
    note,
    factNotes: [],
  };
}

export type { Person };
