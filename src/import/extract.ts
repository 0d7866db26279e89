import { type DateMention, findDates, longDate, type ResolvedDate, resolveDate } from "./dates.js";
import {
  findList,
  findNumbers,
  findTargets,
  type ListFact,
  type NumberFact,
  numberedItem,
  organisations,
  type TargetFact,
} from "./facts.js";
import {
  isOfficeReference,
  nicknames,
  officeMentions,
  PeopleBook,
  type Person,
  placeWordsOf,
  roleMentions,
  shortNames,
} from "./people.js";
import { attributionOf, findQuotes, type RawQuote } from "./quotes.js";
import { findRelativeDates, resolveRelative } from "./relative.js";
import { importStrings as S } from "./strings.js";
import { cleanText, type Paragraph, paragraphsOf, type Sentence, sentencesOf } from "./text.js";

/**
 * Reads a plain-text Indonesian news article into facts, each with the sentence it came from:
 * outlet and date, events (what, date, weekday, place), parties, signatories, people with titles,
 * attendees, quotes with speaker and date, lists, numbers and targets. Anything it cannot settle is
 * left empty with a review note; nothing is guessed. Pure.
 */

/** Options the staff can give on the command line. */
export interface ExtractOptions {
  /** Outlet name when the dateline does not give one (or to override it). */
  outlet?: string;
  /** Publication date (YYYY-MM-DD) when the article does not give one. */
  date?: string;
}

/** A value with the sentence it was read from. */
export interface Traced<T> {
  value: T;
  source: string;
}

export interface EventFact {
  what: string;
  /** The date as written ("Senin malam (2/2)"). */
  written: string;
  date?: string;
  weekday?: string;
  place?: string;
  /** The sentence that names the place when it is not the event's own ("Penyerahan berlangsung di ..."). */
  placeSource?: string;
  signing: boolean;
  source: string;
  review?: string;
  yearFrom?: string;
  /** A date written relative to the article ("pekan depan"), counted from the publication date in words. */
  relative?: string;
}

export interface PartyFact {
  name: string;
  /** The place word of a city/regency party ("Sekarpura"); absent for other organisations. */
  place?: string;
  kind: "kota" | "kabupaten" | "provinsi" | "desa" | "lain";
  source: string;
}

export interface QuoteFact {
  text: string;
  speaker?: Person;
  /** How the speaker was written in the attribution ("ujarnya", "Mbak Wali"). */
  speakerAs?: string;
  date?: string;
  /** Why the date is what it is ("tertulis: Rabu (14/1)", "usai penandatanganan"). */
  dateBy?: string;
  /** The paragraph(s) the quote stands in, as written. */
  source: string;
  review?: string;
}

export interface Extraction {
  title?: string;
  outlet?: Traced<string>;
  /** "siaran pers" when the text is a press release. */
  kind: "berita" | "siaran pers";
  published?: Traced<string>;
  /** Year anchor used for dates written without a year. */
  anchor?: Traced<string>;
  datelinePlace?: string;
  /** The body paragraphs (dateline removed), as written. */
  paragraphs: Paragraph[];
  sentences: Sentence[];
  events: EventFact[];
  parties: PartyFact[];
  signatories: Person[];
  people: Person[];
  attendees: Person[];
  quotes: QuoteFact[];
  lists: ListFact[];
  numbers: NumberFact[];
  targets: TargetFact[];
  /** Places named with "di ..." or visited, with their sentences. */
  places: Traced<string>[];
  /** Things staff must look at: unresolved years, unattributed quotes. */
  review: string[];
  /** Paragraph indexes the extraction used up as structure (numbered lists, contact block). */
  structural: Set<number>;
}

/**
 * Words that list who attended or witnessed: "Turut hadir ...", "Hadir pula ...", "Penandatanganan turut
 * disaksikan ...", "... disaksikan oleh ...".
 */
export const ATTENDED =
  /(?:^|\b)(?:turut hadir|hadir pula|tampak hadir|juga hadir|hadir dalam|turut menyaksikan|turut disaksikan|disaksikan oleh|disaksikan pula|disaksikan)\b|^Tampak\s(?=\p{Lu})/iu;

/** The line under a site's name that says what the site is ("Blog Resmi ...", "Portal Berita ..."). */
const SITE_TAGLINE = /^(?:Blog|Portal|Situs|Website|Laman|Media|Kanal)\s+(?:Resmi|Berita|Informasi|Warta)\b/i;

const SIGN =
  /\b(menandatangani|ditandatangani|penandatanganan|diteken|meneken|teken|menjalin|dijalin|sepakat)\b/i;
/** Signing in the active voice: the signers are the subject. */
const SIGNS = /\b(?:menandatangani|meneken|membubuhkan tanda tangan|membubuhkan tandatangan)\b/i;
const SIGNED_BY = /\b(diteken|ditandatangani|dilakukan langsung oleh|dilakukan oleh|ditandatangani oleh)\b/i;

/** Dateline forms: "KETIK, MADIUN – ", "SEKARPURA, Suara Lembah — ", "Giriwana (Kabarnusa) - ". */
function readDateline(
  text: string,
  body: string,
): { outlet?: string; place?: string; rest: string; written: string } | undefined {
  const paren = /^(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)*)\s*\(([^)]+)\)\s*[-\u2013\u2014]+\s*/u.exec(text);
  if (paren) {
    return {
      place: paren[1] as string,
      outlet: (paren[2] as string).trim(),
      rest: text.slice(paren[0].length),
      written: paren[0],
    };
  }
  // "Humas Pemkab Wanakerta – ": one part, the publisher.
  const one =
    /^((?:Humas|Tim|Redaksi|Diskominfo|Kominfo|Prokopim|Bagian)\b[^,\u2013\u2014]{0,60}?)\s+[-\u2013\u2014]+\s+/u.exec(
      text,
    );
  if (one) return { outlet: (one[1] as string).trim(), rest: text.slice(one[0].length), written: one[0] };
  const two =
    /^([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*),\s*([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)*)\s*[-\u2013\u2014]+\s*/u.exec(
      text,
    );
  if (!two) return undefined;
  const a = two[1] as string;
  const b = two[2] as string;
  const rest = text.slice(two[0].length);
  const inBody = (w: string) => {
    const title = w.charAt(0) + w.slice(1).toLowerCase();
    return new RegExp(`\\b${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(body);
  };
  // The place also appears in the body as a word; the outlet does not.
  let outlet = a;
  let place = b;
  if (inBody(a) && !inBody(b)) [outlet, place] = [b, a];
  else if (inBody(a) === inBody(b) && /\p{Ll}/u.test(b) && !/\p{Ll}/u.test(a)) [outlet, place] = [b, a];
  return { outlet, place, rest, written: two[0] };
}

/** Reads an article. */
export function extractArticle(raw: string, options: ExtractOptions = {}): Extraction {
  const text = cleanText(raw);
  const all = paragraphsOf(text);
  const review: string[] = [];
  // The header: lines before the first long paragraph (title, date line, "SIARAN PERS", "Nomor: ...").
  const firstBody = all.findIndex((p) => p.text.split(" ").length >= 15);
  const header = firstBody > 0 ? all.slice(0, firstBody) : [];
  const ex: Extraction = {
    kind: header.some((p) => /^siaran pers$/i.test(p.text)) ? "siaran pers" : "berita",
    paragraphs: [],
    sentences: [],
    events: [],
    parties: [],
    signatories: [],
    people: [],
    attendees: [],
    quotes: [],
    lists: [],
    numbers: [],
    targets: [],
    places: [],
    review,
    structural: new Set(),
  };
  // A blog or portal names itself at the top, its tagline under the name ("Kabar Kalisoka" / "Blog Resmi
  // Kecamatan Kalisoka, ..."): the name is the outlet, and neither line is the headline.
  const tagline = header.findIndex((h, i) => i > 0 && SITE_TAGLINE.test(h.text));
  const siteName = tagline > 0 ? header[tagline - 1] : undefined;
  if (siteName && /^(?:\p{Lu}[\p{L}.-]*\s?){1,4}$/u.test(siteName.text) && !findDates(siteName.text).length) {
    ex.outlet = { value: siteName.text.trim(), source: `${siteName.text} / ${header[tagline]?.text}` };
  }
  for (const h of header) {
    if (ex.outlet && (h === siteName || h === header[tagline])) continue;
    const dates = findDates(h.text).filter((d) => d.year);
    if (dates.length && !ex.published) {
      const r = resolveDate(dates[0] as DateMention);
      if (r.iso) ex.published = { value: r.iso, source: h.text };
      if (r.review) review.push(r.review);
      continue;
    }
    if (/^(siaran pers|nomor\s*:)/i.test(h.text)) continue;
    // A social-media post opens with the account's user name ("diskominfo.wonosekar"): the publisher.
    if (h.index === 0 && /^@?[a-z0-9_]+(?:[._][a-z0-9_]+)+$/.test(h.text)) {
      ex.outlet = { value: h.text.replace(/^@/, ""), source: h.text };
      continue;
    }
    // The headline is the longest line (a post's location tag is a short line of its own).
    if (!ex.title || h.text.length > ex.title.length) ex.title = h.text;
  }
  const bodyParas = (firstBody >= 0 ? all.slice(firstBody) : all).map((p, i) => ({ ...p, index: i }));
  const bodyText = bodyParas.map((p) => p.text).join("\n");
  const first = bodyParas[0];
  if (first) {
    const d = readDateline(
      first.text,
      bodyParas
        .slice(1)
        .map((p) => p.text)
        .join("\n") + first.text.slice(40),
    );
    if (d) {
      if (d.outlet) ex.outlet = { value: d.outlet, source: d.written.trim() };
      if (d.place) ex.datelinePlace = d.place;
      bodyParas[0] = { ...first, text: d.rest, start: first.start + d.written.length };
    }
  }
  if (options.outlet) ex.outlet = { value: options.outlet, source: "--outlet" };
  if (options.date) ex.published = { value: options.date, source: "--date" };
  ex.paragraphs = bodyParas;

  // Contact block of a press release: "Narahubung:" then name, then office lines.
  const book = new PeopleBook();
  const contactAt = bodyParas.findIndex((p) => /^(narahubung|kontak|contact person)\s*:?\s*$/i.test(p.text));
  if (contactAt >= 0) {
    const lines = bodyParas.slice(contactAt + 1);
    const name = lines[0]?.text;
    if (name && /^(\p{Lu}\p{Ll}+\s?){1,4}$/u.test(name)) {
      const title = lines
        .slice(1)
        .map((l) => l.text)
        .filter((l) => !/@|\d{4,}|^(telp|hp|email|wa)\b/i.test(l))
        .join(" ");
      book.add(name, title || undefined, [name, ...lines.slice(1).map((l) => l.text)].join(" / "));
    }
    for (let i = contactAt; i < bodyParas.length; i++) ex.structural.add(i);
  }

  // Numbered lists: consecutive "1. ...", "2. ..." lines after an introducing line.
  for (let i = 0; i < bodyParas.length; i++) {
    if (!numberedItem((bodyParas[i] as Paragraph).text)) continue;
    const items: string[] = [];
    let j = i;
    while (j < bodyParas.length && numberedItem((bodyParas[j] as Paragraph).text)) {
      items.push(numberedItem((bodyParas[j] as Paragraph).text) as string);
      ex.structural.add(j);
      j++;
    }
    const intro = bodyParas[i - 1]?.text ?? "";
    const what = intro
      .replace(/[:\s]+$/, "")
      .replace(/,?\s*(yaitu|yakni|sebagai berikut|antara lain)$/, "")
      .trim();
    const incomplete = /\b(antara lain|di antaranya|seperti|misalnya)\b/.exec(intro);
    ex.lists.push({
      what,
      items,
      complete: !incomplete,
      ...(incomplete ? { incompleteBy: incomplete[1] as string } : {}),
      source: [intro, ...bodyParas.slice(i, j).map((p) => p.text)].join(" / "),
    });
    i = j - 1;
  }

  const sentences: Sentence[] = [];
  for (const p of bodyParas) if (!ex.structural.has(p.index)) sentences.push(...sentencesOf(p));
  ex.sentences = sentences;
  const bodyOffset = (s: Sentence) => (bodyParas[s.paragraph]?.start ?? 0) + s.start;

  // Year anchor: publication date, else the first full date in the text.
  if (ex.published) ex.anchor = ex.published;
  else {
    for (const s of sentences) {
      const full = findDates(s.text).find((d) => d.year);
      if (full) {
        const r = resolveDate(full);
        if (r.iso) {
          ex.anchor = { value: r.iso, source: s.text };
          break;
        }
      }
    }
  }

  // A term in quote marks ('SPAM Regional "Sendang Tiga"') is part of the sentence, not speech.
  const quotes = findQuotes(
    bodyParas.filter((p) => !ex.structural.has(p.index)).map((p, i) => ({ ...p, index: i })),
  ).filter((q) => attributionOf(q) || q.text.split(/\s+/).length >= 6);
  const paraOf = bodyParas.filter((p) => !ex.structural.has(p.index));
  // Text outside quotations, per paragraph, for people and places (quotes speak of others).
  const quoteSpans = new Map<number, { start: number; end: number }[]>();
  for (const q of quotes) {
    for (let pi = q.paragraph; pi <= q.lastParagraph; pi++) {
      const para = paraOf[pi] as Paragraph;
      const start = pi === q.paragraph ? q.open : 0;
      const end = pi === q.lastParagraph ? q.close : para.text.length;
      const list = quoteSpans.get(para.index) ?? [];
      list.push({ start, end });
      quoteSpans.set(para.index, list);
    }
  }
  const outsideQuotes = (s: Sentence): string => {
    let t = s.text;
    for (const span of quoteSpans.get(s.paragraph) ?? []) {
      const a = Math.max(0, span.start - s.start);
      const b = Math.min(t.length, span.end - s.start);
      if (b > a) t = t.slice(0, a) + " ".repeat(b - a) + t.slice(b);
    }
    return t;
  };

  // People: office + name, then roles, nicknames and short-name mentions.
  const places = placeWordsOf(bodyText);
  if (ex.datelinePlace) places.add(ex.datelinePlace.charAt(0) + ex.datelinePlace.slice(1).toLowerCase());
  TOWNS = places;
  // Capitalised words written inside a sentence ("... ujar Sumiati"), not only at its start ("Akibatnya,"):
  // a one-word name before a role is taken only when the article names it so elsewhere too.
  const namedMidSentence = new Set<string>();
  for (const s of sentences)
    for (const m of s.text.matchAll(/(?<=[\p{L},;)]\s)\p{Lu}\p{Ll}+\b/gu)) namedMidSentence.add(m[0]);
  // Capitalised words written right after a lower-case word ("kata Agus"): words the article uses alone as
  // names, which tell where a long office ends and the name begins.
  const standalone = new Set<string>();
  for (const s of sentences)
    for (const m of outsideQuotes(s).matchAll(/(?<=(?:^|\s)\p{Ll}+\s)\p{Lu}\p{Ll}+\b/gu))
      standalone.add(m[0]);
  for (const s of sentences) {
    const t = outsideQuotes(s);
    for (const m of officeMentions(t, places, standalone)) {
      const p = book.add(m.name, m.title, s.text);
      book.mention(p, bodyOffset(s) + m.start);
    }
    // "Sainem (58) menurunkan ...": a name with the age in brackets, news style for a citizen.
    for (const m of t.matchAll(
      /(?<!\p{Lu}[\p{L}.]*\s)\b(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3})\s\((\d{1,3})\)/gu,
    )) {
      const name = m[1] as string;
      if (name.split(" ").some((w) => places.has(w)) || book.find(name)) continue;
      const p = book.add(name, undefined, s.text);
      book.mention(p, bodyOffset(s) + (m.index ?? 0));
    }
    for (const m of roleMentions(t, places, (w) => namedMidSentence.has(w))) {
      if (book.find(m.name)) continue;
      const p = book.add(m.name, m.title, s.text);
      book.mention(p, bodyOffset(s) + m.start);
    }
  }
  for (const n of nicknames(bodyText)) {
    // The words before "yang akrab disapa" may start with the office: try the name's shorter tails.
    const words = n.name.split(" ");
    let p: Person | undefined;
    for (let k = 0; k < words.length && !p; k++) p = book.find(words.slice(k).join(" "));
    // "Camat Kalisoka yang akrab disapa Pak Camat Bagus": the office alone, held by one person.
    for (let k = 0; k < words.length && !p; k++) p = book.byTitle(words.slice(k).join(" "));
    // "Bupati yang akrab disapa Bunda Tari": the office alone, and a nickname cut from one name.
    p ??= book.byOfficeAndNickname(n.name, n.nickname);
    // "perempuan yang akrab disapa Bu Siska": the nickname alone, cut from one person's name.
    p ??= book.find(n.nickname);
    if (p && !p.aliases.includes(n.nickname)) p.aliases.push(n.nickname);
  }
  for (const s of sentences) {
    const t = outsideQuotes(s);
    for (const p of book.people) {
      for (const n of shortNames(p)) {
        const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g");
        for (let m = re.exec(t); m; m = re.exec(t)) {
          if (book.find(n) === p) book.mention(p, bodyOffset(s) + m.index);
        }
      }
    }
  }
  ex.people = book.people;

  // Parties: organisations in the first sentence that signs or agrees.
  const lead = sentences.find((s) => SIGN.test(s.text) && organisations(s.text).length >= 2);
  if (lead) {
    for (const name of organisations(outsideQuotes(lead))) addParty(ex, name, lead.text);
  }

  // Signatories and attendees.
  for (const s of sentences) {
    const t = outsideQuotes(s);
    const attended = ATTENDED.exec(t);
    if (attended) {
      // The people named after "turut disaksikan": the signers before it are not attendees.
      for (const m of officeMentions(t.slice(attended.index), places, standalone)) {
        const p = book.find(m.name);
        if (p && !ex.attendees.includes(p)) ex.attendees.push(p);
      }
    }
    // "Nota itu diteken X dan Y, disaksikan ...": the signers are named before the witnesses.
    const signing = attended ? t.slice(0, attended.index) : t;
    if (SIGNED_BY.test(signing) || SIGNS.test(signing)) {
      // Active voice ("X, Y dan Z menandatangani ..."): the signers are named before the verb.
      const active = SIGNED_BY.test(signing) ? undefined : SIGNS.exec(signing);
      for (const m of officeMentions(active ? signing.slice(0, active.index) : signing, places, standalone)) {
        const p = book.find(m.name);
        if (p && !ex.signatories.includes(p)) ex.signatories.push(p);
      }
    }
  }

  // Parties named only by their heads' offices ("Bupati Sendangarum ..., Bupati Giriwangi ... dan Wali Kota
  // Tirtamulya ... menandatangani"): each signer governs a party, named as the article writes that government
  // ("Pemerintah Kabupaten Giriwangi", else "Kabupaten Sendangarum", else the region in the office itself).
  if (ex.signatories.length >= 2) {
    for (const p of ex.signatories) {
      const m = HEAD_OF.exec(p.title ?? "");
      if (!m) continue;
      const kind = HEAD_KIND[m[1] as string] as PartyFact["kind"];
      const place = m[2] as string;
      if (ex.parties.some((x) => x.place === place && x.kind === kind)) continue;
      const noun = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
      const forms = [`Pemerintah ${noun} ${place}`, `${GOV_SHORT[kind]} ${place}`, `${noun} ${place}`];
      const written = forms
        .map((f) => ({ f, s: ex.sentences.find((x) => new RegExp(`\\b${f}\\b`).test(x.text)) }))
        .find((x) => x.s);
      if (written?.s) ex.parties.push({ name: written.f, kind, place, source: written.s.text });
    }
  }

  // Places: "di <Capitalised words>" and "meninjau <Capitalised words>".
  for (const s of sentences) {
    for (const pl of placesIn(outsideQuotes(s))) {
      if (!ex.places.some((p) => p.value === pl.value)) ex.places.push({ value: pl.value, source: s.text });
    }
  }

  // Events: every date in the body outside quotations.
  for (const s of sentences) {
    const t = outsideQuotes(s);
    const quoteEnds = (quoteSpans.get(s.paragraph) ?? [])
      .map((q) => q.end - s.start)
      .filter((end) => end > 0 && end <= t.length);
    const inTail = quoteEnds.length > 0;
    for (const d of findDates(t)) {
      // "ujarnya saat meninjau X pada Rabu (14/1)": a date after a quotation dates the speaker's visit; one
      // before it ("dalam rapat paripurna, Senin (9/11), Marlina sempat mengatakan, ...") is an event.
      const afterQuote = quoteEnds.some((end) => end <= d.start);
      const r = resolveDate(d, ex.anchor?.value);
      let what = t.replace(/\s+/g, " ").trim();
      const after = sentences[sentences.indexOf(s) + 1];
      const next = after?.paragraph === s.paragraph ? after.text : undefined;
      let place = nearestPlace(t, d);
      let placeSource: string | undefined;
      if (!place && next) {
        place = nearestPlace(t, d, next);
        if (place) placeSource = next;
      }
      if (afterQuote) {
        // "ujarnya saat meninjau X pada Rabu (14/1)": the event is the visit, by the speaker.
        const act = /\b(?:saat|ketika|sewaktu)\s+(\p{Ll}+)\s+(.+?)(?=\s+pada\b|,|$)/u.exec(t);
        if (!act) continue;
        const speaker = book.lastBefore(bodyOffset(s) + d.start);
        what = `${speaker?.name ?? ""} ${act[1]} ${act[2]}`.trim();
        place = place ?? /^(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*)/u.exec(act[2] ?? "")?.[1];
      }
      const ev: EventFact = {
        what,
        written: d.text,
        signing: SIGN.test(t),
        source: s.text,
        ...(r.iso ? { date: r.iso } : {}),
        ...(r.weekday ? { weekday: r.weekday } : {}),
        ...(place ? { place } : {}),
        ...(placeSource ? { placeSource } : {}),
        ...(r.review ? { review: r.review } : {}),
        ...(r.yearFrom ? { yearFrom: r.yearFrom } : {}),
      };
      if (ex.events.some((e) => e.date && e.date === ev.date && e.place === ev.place)) continue;
      ex.events.push(ev);
      if (r.review) review.push(r.review);
    }
    // "MAD akan digelar pekan depan di Balai Desa Ngampel", "paling lambat akhir bulan ini": counted from
    // the publication date (never from the reader's today), in words, and marked for review.
    if (inTail || findDates(t).length) continue;
    for (const d of findRelativeDates(t)) {
      const resolved = resolveRelative(d, ex.published?.value);
      const published = ex.published ? longDate(ex.published.value) : undefined;
      const note =
        resolved && published ? S.relativeDate(d.text, resolved, published) : S.relativeDateNoAnchor(d.text);
      const place = placesIn(t)
        .filter((p) => !AREA.test(p.value))
        .sort((a, b) => Math.abs(a.at - d.start) - Math.abs(b.at - d.start))[0]?.value;
      ex.events.push({
        what: t.replace(/\s+/g, " ").trim(),
        written: d.text,
        signing: SIGN.test(t),
        source: s.text,
        review: note,
        ...(resolved ? { relative: resolved } : {}),
        ...(place ? { place } : {}),
      });
      review.push(note);
      break;
    }
  }

  // "Penandatanganan berlangsung di Ruang Rapat Utama Balai Kota X.": a sentence of its own (often its own
  // paragraph) that gives the signing's place without a date.
  const signingEvent = ex.events.find((e) => e.signing);
  if (signingEvent && !signingEvent.place) {
    for (const s of sentences) {
      const t = outsideQuotes(s);
      if (!SIGNING_PLACE.test(t) || findDates(t).length) continue;
      const pl = placesIn(t).find((p) => !AREA.test(p.value));
      if (!pl) continue;
      signingEvent.place = pl.value;
      signingEvent.placeSource = s.text;
      break;
    }
  }

  // A live timeline: entries stamped with a time of day ("10.20 WIB —") report the day the lead calls
  // "hari ini" ("... hari ini, Selasa (17/11/2026), menandatangani"); what is said in them is said that day.
  const stamped = paraOf.flatMap((p, i) => (STAMP.test(p.text) ? [i] : []));
  const today = ex.events.find((e) => e.date && /\bhari ini\b/i.test(e.source));
  const timeline =
    stamped.length >= 3 && today
      ? {
          from: stamped[0] as number,
          to: paraOf.findIndex(
            (p, i) => i > (stamped[stamped.length - 1] as number) && /^[-—_*=]{3,}$/.test(p.text),
          ),
          day: today,
        }
      : undefined;
  // Quotes with speaker and date.
  for (const q of quotes) {
    const fact = quoteFact(q, ex, book, paraOf, places);
    if (
      fact &&
      !fact.date &&
      timeline &&
      q.paragraph >= timeline.from &&
      (timeline.to < 0 || q.paragraph < timeline.to)
    ) {
      fact.date = timeline.day.date as string;
      fact.dateBy = `linimasa hari itu (${timeline.day.written})`;
    }
    if (fact) ex.quotes.push(fact);
  }

  // Lists, numbers and targets, from the narrative and from the quotations.
  const texts: string[] = [];
  for (const s of sentences)
    texts.push(
      outsideQuotes(s)
        .replace(/\s{2,}/g, " ")
        .trim(),
    );
  for (const q of ex.quotes)
    texts.push(...sentencesOf({ index: 0, text: q.text, start: 0 }).map((s) => s.text));
  let targeted = false;
  for (const t of texts) {
    const list = findList(t);
    if (list) ex.lists.push(list);
    const found = findTargets(t, targeted);
    ex.targets.push(...found);
    targeted = found.length > 0;
  }
  for (const s of sentences) {
    const skip = findDates(s.text).map((d) => ({ start: d.start, end: d.end }));
    ex.numbers.push(...findNumbers(s.text, skip));
  }
  for (const t of ex.targets) for (const o of t.owners) addParty(ex, o, t.source, true);
  return ex;
}

const KIND: Record<string, PartyFact["kind"]> = {
  Kota: "kota",
  Kabupaten: "kabupaten",
  Provinsi: "provinsi",
  Pemkot: "kota",
  Pemkab: "kabupaten",
  Pemprov: "provinsi",
  Desa: "desa",
  Pemdes: "desa",
};

/** Adds a party once ("Pemkot X" and "Pemerintah Kota X" are one party). */
/** The office of a region's head, with the region ("Pj. Bupati Muara Leban", "Wali Kota Tirtamulya"). */
const HEAD_OF =
  /(?:^|\s)(Bupati|Wali Kota|Walikota|Gubernur|Kepala Desa)\s+(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*)*)$/u;
/** The region a head's office governs. */
const HEAD_KIND: Record<string, PartyFact["kind"]> = {
  Bupati: "kabupaten",
  "Wali Kota": "kota",
  Walikota: "kota",
  Gubernur: "provinsi",
  "Kepala Desa": "desa",
};
/** The short name of each kind of government ("Pemkab Sendangarum"). */
const GOV_SHORT: Record<PartyFact["kind"], string> = {
  kabupaten: "Pemkab",
  kota: "Pemkot",
  provinsi: "Pemprov",
  desa: "Pemdes",
  lain: "Pemerintah",
};

function addParty(ex: Extraction, written: string, source: string, fullForm = false): void {
  const gov = /^(?:Pemerintah (Kota|Kabupaten|Provinsi|Desa)|(Pemkot|Pemkab|Pemprov|Pemdes)) (.+)$/.exec(
    written,
  );
  const kind = gov ? (KIND[(gov[1] ?? gov[2]) as string] ?? "lain") : "lain";
  const place = gov?.[3];
  if (ex.parties.some((p) => (place ? p.place === place && p.kind === kind : p.name === written))) return;
  let name = written;
  if (gov && fullForm) {
    // Prefer the full name when the article writes it somewhere.
    const full = `Pemerintah ${kind.charAt(0).toUpperCase()}${kind.slice(1)} ${place}`;
    const where = ex.sentences.find((s) => s.text.includes(full));
    if (where) {
      name = full;
      source = where.text;
    }
  }
  ex.parties.push({ name, kind, source, ...(place ? { place } : {}) });
}

const PLACE_RUN = "(\\p{Lu}[\\p{L}-]*(?:\\s(?:\\p{Lu}[\\p{L}-]*))*)";
/** Places in a sentence: "di Balai Kota Kediri", "meninjau Instalasi Pengolahan Air Cempakasari". */
function placesIn(t: string, towns: ReadonlySet<string> = TOWNS): { value: string; at: number }[] {
  const out: { value: string; at: number }[] = [];
  // A lower-case venue noun before the name belongs to the place ("datang ke kantor Perumda ...", "di
  // kawasan Sumber Gempol").
  const re = new RegExp(
    `\\b(?:di|meninjau|mengunjungi|mendatangi|datang ke)\\s+((?:kantor|gedung|aula|rumah dinas|kawasan|kompleks|komplek|lapangan|halaman)\\s+)?${PLACE_RUN}`,
    "gu",
  );
  for (let m = re.exec(t); m; m = re.exec(t)) {
    let v = `${m[1] ?? ""}${m[2] as string}`.trim();
    // A weekday right after the place is the date, not part of it.
    v = v.replace(/\s(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$/, "");
    // "di Pendapa Sasana Arum, Sendangarum, Bupati ...": the venue's town, one word the article names as a
    // place, written after it between commas, is part of the place as written.
    const town = /^,\s(\p{Lu}[\p{L}-]+)(?=[,.;]|$)/u.exec(t.slice(m.index + m[0].length));
    if (town && towns.has(town[1] as string) && !v.includes(town[1] as string)) v = `${v}, ${town[1]}`;
    if (v.split(" ").length >= 2 || /-/.test(v)) out.push({ value: v, at: m.index });
  }
  return out;
}

/** The article's place words, for the town written after a venue (set per article by extractArticle). */
let TOWNS: ReadonlySet<string> = new Set();

/** An area rather than a venue ("Kota Tanjungmas"): an event's place is the venue when one is named. */
const AREA = /^(?:Kota|Kabupaten|Provinsi|Desa|Kelurahan|Kecamatan)\s+\S+$/;

function nearestPlace(t: string, d: DateMention, next?: string): string | undefined {
  let ps = placesIn(t).filter((p) => !AREA.test(p.value));
  // "..., Kamis (12/3/2026). Penyerahan bantuan berlangsung di Tempat Pelelangan Ikan Pasar Lor."
  if (
    !ps.length &&
    next &&
    /\b(berlangsung|dilaksanakan|digelar|diadakan|bertempat|dipusatkan)\s+di\b/.test(next)
  ) {
    ps = placesIn(next)
      .filter((p) => !AREA.test(p.value))
      .map((p) => ({ ...p, at: d.start }));
  }
  let best: { value: string; at: number } | undefined;
  for (const p of ps) if (!best || Math.abs(p.at - d.start) < Math.abs(best.at - d.start)) best = p;
  return best?.value;
}

/** A sentence about the signing that says where it took place ("Penandatanganan berlangsung di ..."). */
const SIGNING_PLACE =
  /^(?:(?:acara|kegiatan|prosesi)\s+)?(?:penandatanganan|penekenan)\b[^.]*?\b(?:berlangsung|dilaksanakan|dilakukan|digelar|diadakan|bertempat|dipusatkan)\s+di\s/i;

/** A timeline entry's time stamp at the start of a paragraph: "10.20 WIB —", "11.35 WIB |". */
const STAMP = /^\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\b/;

const AFTER_SIGNING =
  /\b(?:usai|seusai|setelah|sesudah|selepas)\s+(?:acara\s+)?(?:penandatanganan|penekenan)/i;
const AT_MAIN_EVENT =
  /\b(?:sambutan(?:nya)?|(?:usai|seusai|selepas|di sela(?:-sela)?)\s+acara|dalam acara)\b/i;
const AT_PRESS = /\b(?:konferensi|jumpa)\s+pers\b/i;

function quoteFact(
  q: RawQuote,
  ex: Extraction,
  book: PeopleBook,
  paras: Paragraph[],
  places: ReadonlySet<string>,
): QuoteFact | undefined {
  const attribution = attributionOf(q);
  const words = q.text.split(/\s+/).length;
  if (!attribution && words < 6) return undefined; // a term in quote marks, not speech
  const first = paras[q.paragraph] as Paragraph;
  const last = paras[q.lastParagraph] as Paragraph;
  const source =
    q.paragraph === q.lastParagraph
      ? first.text
      : `${first.text} / ${paras
          .slice(q.paragraph + 1, q.lastParagraph + 1)
          .map((p) => p.text)
          .join(" / ")}`;
  const fact: QuoteFact = { text: q.text, source };
  if (!q.closed) fact.review = S.quoteNotClosed;
  if (!attribution) {
    fact.review = S.quoteNoSpeaker;
    ex.review.push(S.quoteNoSpeakerSummary(q.text.slice(0, 60)));
    return fact;
  }
  const at = first.start + q.open;
  let speaker = attribution.speaker ? book.find(attribution.speaker, at) : book.lastBefore(at);
  // "ujar Kepala Desa Padang Lalang, Bahtiar Ramli.": an office written before the name.
  if (!speaker && attribution.speaker) {
    const named = officeMentions(attribution.clause, places)[0];
    speaker = (named && book.find(named.name)) || book.byTitle(attribution.speaker);
  }
  fact.speakerAs = attribution.speaker ?? "(kata ganti)";
  if (speaker) fact.speaker = speaker;
  else {
    fact.review = S.quoteSpeakerUnsure(attribution.speaker ?? "-nya");
    ex.review.push(S.quoteSpeakerUnsureSummary(q.text.slice(0, 60)));
  }
  // "tutur Bu Bupati": the office the article calls the speaker by is how a reader asks for them too.
  // ("tutur Bu Bupati." ends the sentence: the period is not the office's; "Pak Pj." keeps its own.)
  const as = attribution.speaker?.replace(/(\p{L}{4,})[.,]$/u, "$1");
  if (speaker && as && !speaker.aliases.includes(as) && isOfficeReference(as, speaker)) {
    speaker.references ??= [];
    if (!speaker.references.includes(as)) speaker.references.push(as);
  }
  // Date: written in the attribution, or implied by the setting (after the signing, in the speech).
  const clause = attribution.clause;
  const written = findDates(clause)[0];
  if (written) {
    const r: ResolvedDate = resolveDate(written, ex.anchor?.value);
    if (r.iso) {
      fact.date = r.iso;
      fact.dateBy = `tertulis: "${written.text}"`;
    } else fact.review = r.review ?? S.quoteDateUnsure;
    return fact;
  }
  // A quotation opening its paragraph continues the one before it ("Dalam sambutannya, bupati ... mengingatkan
  // ..." / "“Sungai dan mata air ...”"): that paragraph sets the scene when it quotes nobody itself.
  const before = paras[q.paragraph - 1]?.text ?? "";
  const sceneBefore = !q.leadIn.trim() && before && !/["\u201c\u201d]/.test(before) ? before : "";
  const setting = `${sceneBefore} ${q.leadIn} ${clause}`;
  const signing = ex.events.find((e) => e.signing);
  const main = signing ?? ex.events[0];
  const press = ex.events.find((e) => AT_PRESS.test(e.source));
  const lastText = last.text;
  void lastText;
  if (AFTER_SIGNING.test(setting) && signing?.date) {
    fact.date = signing.date;
    fact.dateBy = `diucapkan usai penandatanganan (${signing.written})`;
  } else if (AT_PRESS.test(setting) && press?.date) {
    fact.date = press.date;
    fact.dateBy = `diucapkan dalam konferensi pers (${press.written})`;
  } else if (AT_MAIN_EVENT.test(setting) && main?.date) {
    fact.date = main.date;
    fact.dateBy = `diucapkan dalam acara (${main.written})`;
  }
  return fact;
}
