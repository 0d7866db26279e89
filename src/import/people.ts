/**
 * People as news writes them: an office before the name ("Wali Kota Sekarpura Ratna Kusumawardani",
 * "Pj. Sekda Kota Sekarpura Lilik Sumarni"), an office then the name between commas ("Bupati Lorowangi,
 * Suryo Hadikusumo, menyampaikan"), a name then a role between commas ("Siti Aminah, pedagang keripik
 * tempe di ...,"), nicknames ("Mbak Wali—sapaan akrab Ratna—") and short names ("Ratna"). Titles are kept
 * exactly as written. Pure.
 */

/** Words that start an office, longest first. */
const OFFICE_HEADS = [
  "Wakil Wali Kota",
  "Wali Kota",
  "Wakil Walikota",
  "Walikota",
  "Wakil Bupati",
  "Bupati",
  "Wakil Gubernur",
  "Gubernur",
  "Pj. Wali Kota",
  "Pj. Bupati",
  "Pj. Sekda",
  "Pj Sekda",
  "Plt. Kepala",
  "Plt Kepala",
  "Sekretaris Daerah",
  "Sekretaris",
  "Sekda",
  "Wakil Ketua",
  "Ketua",
  "Wakil Direktur",
  "Direktur Utama",
  "Direktur",
  "Kepala",
  "Camat",
  "Lurah",
  "Wakil Rektor",
  "Rektor",
  "Dekan",
  "Menteri",
  "Asisten",
  "Staf Ahli",
  "Kapolres",
  "Kapolresta",
  "Dandim",
  "Koordinator",
  "Manajer",
  "Anggota",
].map((h) => h.split(" "));

/** Capitalised words that belong to an office or organisation name rather than to a person's name. */
const ORG_WORDS = new Set(
  (
    "Kota Kabupaten Provinsi Desa Kelurahan Kecamatan Negeri Politeknik Universitas Institut Sekolah Tinggi " +
    "Dinas Badan Bidang Bagian Seksi Akademik Kemahasiswaan Keuangan Umum Informasi Komunikasi Publik " +
    "Informatika Koperasi Usaha Mikro Kecil Menengah Daerah Pembangunan Perencanaan Kantor Sekretariat " +
    "Pemerintahan Kesejahteraan Rakyat Perekonomian Administrasi Republik Indonesia Perusahaan Umum " +
    "Pariwisata Kebudayaan Pendidikan Kesehatan Perhubungan Lingkungan Hidup Sosial Pertanian Perikanan " +
    "Kepolisian Resor Distrik Militer Utama Wilayah Regional Cabang Pusat Kerja Sama Hubungan Masyarakat " +
    "Perumda Perumdam Perseroda Perum"
  ).split(" "),
);

/** Words after which a capitalised word names a field of an office ("Bidang Ekonomi"). */
const FIELD_OF = new Set(["Bidang", "Seksi", "Bagian", "Urusan", "Subbagian"]);

/** Nouns of buildings and rooms: an office after them names the building ("Kantor Wali Kota X"). */
const BUILDINGS = new Set(
  "Rumah Kantor Aula Gedung Balai Pendopo Pendapa Ruang Ruangan Graha Wisma Istana Lapangan Halaman Jalan".split(
    " ",
  ),
);

/** Offices as people say them, with the offices they stand for ("Sekda" -> "Sekretaris Daerah"). */
const SHORT_OFFICES: Record<string, string[]> = {
  Sekda: ["Sekretaris Daerah"],
  Wali: ["Wali Kota", "Walikota"],
  Walkot: ["Wali Kota", "Walikota"],
  Kades: ["Kepala Desa"],
  Kadis: ["Kepala Dinas"],
  Wabup: ["Wakil Bupati"],
  Wawali: ["Wakil Wali Kota"],
  Pj: ["Pj."],
  Plt: ["Plt."],
  Kapolres: ["Kapolres"],
};

/** Honorifics that come before a short name and are not part of a name. */
const HONORIFICS = new Set(
  "Mbak Mas Pak Bu Bapak Ibu Cak Gus Kang Ning Bunda Abah Mbah Bung Sdr Sdri Saudara Saudari".split(" "),
);

/** Capitalised words that start a clause but are no names. */
const NOT_NAMES = new Set(
  (
    "Dalam Dari Di Ke Pada Untuk Sementara Selain Menurut Kata Ia Dia Mereka Kami Kita Sebagai Lewat " +
    "Melalui Namun Tetapi Sedangkan Adapun Turut Hadir Tampak Dihubungi Ditemui Selama Setiap Kalau Jika " +
    "Pemerintah Pemkot Pemkab Pemprov Program Kegiatan Festival Nota Kesepakatan Kerja Sama Narahubung " +
    "Masyarakat Warga Mahasiswa Pendaftaran Penandatanganan Pembangunan Gagasan Kedua"
  ).split(" "),
);

/** One person: name and office as written, and where the office was read. */
export interface Person {
  name: string;
  title?: string;
  /** The sentence the name (and title) came from. */
  source: string;
  /** Nicknames and short names that refer to this person. */
  aliases: string[];
  /**
   * An honorific and an office the article calls this person by in an attribution ("tutur Bu Bupati",
   * "Pak Sekda mengatakan"): how a reader asks for them too ("Pak Sekda itu siapa?"). Not an alias: another
   * holder of the office may be called so elsewhere, so it never finds anyone.
   */
  references?: string[];
}

/** A place in the text where a person is named (for resolving "ia", "-nya"). */
export interface Mention {
  person: Person;
  /** Offset in the article's body text. */
  at: number;
}

interface Token {
  word: string;
  /** Punctuation written right after the word ("," "." "—"). */
  after: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /([\p{L}\p{N}][\p{L}\p{N}'.-]*[\p{L}\p{N}]|[\p{L}\p{N}])\.?([,;:)\u2014\u2013]*)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const word = m[1] ?? "";
    // Keep the dot of abbreviations (Pj., Plt.) inside the word.
    const dotted = /^(Pj|Plt|Plh|Dr|dr|drg|Ir|H|Hj|Prof|Drs|Dra)\.$/.test(
      raw.replace(/[,;:)\u2014\u2013]+$/, ""),
    );
    out.push({
      word: dotted ? `${word}.` : word,
      after: (m[2] ?? "") + (raw.endsWith(".") && !dotted ? "." : ""),
      start: m.index,
      end: m.index + raw.length,
    });
  }
  return out;
}

/** Academic and religious prefixes written before a name ("Drs. Gunawan Prasetya"): not part of the name. */
const ACADEMIC = /^(Dr|dr|drg|Drs|Dra|Ir|Prof|H|Hj|KH)\.$/;

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,}$/u.test(w);

/** Words that start a place name but are the area, not the name ("Kota", "Desa"). */
const AREA_WORDS = "Kota|Kabupaten|Provinsi|Desa|Kelurahan|Kecamatan";
/** Capitalised words that never belong to a place name written after an area word. */
const NOT_PLACE = new Set(
  "Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(
    " ",
  ),
);

/**
 * Place names of two or three words ("Tanjung Selasih", "Muara Leban"), read where the article writes them
 * unambiguously: after an area word that no capitalised word precedes ("Pemerintah Kota Tanjung Selasih,",
 * "warga Desa Padang Lalang menggelar") and closed by punctuation or a lower-case word. After an office
 * ("Wali Kota Tanjung Selasih Marlina Situmeang") the name cannot be told from the person's, so such
 * places are learnt from their other mentions.
 */
export function multiWordPlaces(text: string): string[] {
  const out = new Set<string>();
  const re = new RegExp(
    `(?:^|(?<=(?:^|[\\s(])\\p{Ll}+\\s|(?:Pemerintah|Pemkot|Pemkab)\\s|[,(]\\s))(?:${AREA_WORDS})\\s+(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2})(?=[,.;:)]|\\s\\p{Ll}|\\s*$)`,
    "gmu",
  );
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] as string;
    const words = name.split(" ");
    if (words.some((w) => NOT_PLACE.has(w) || HONORIFICS.has(w))) continue;
    // "Kota Tanjung Selasih Dra. Marlina": an academic prefix is the start of a name.
    if (/^(Dr|Dra|Drs|Ir|Prof|H|Hj|KH)$/.test(words[words.length - 1] as string)) continue;
    out.add(name);
  }
  return [...out];
}

/** Capitalised words that name places in this article: the word after Kota, Kabupaten, Desa, Negeri... */
export function placeWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const name of multiWordPlaces(text)) for (const w of name.split(" ")) out.add(w);
  const re =
    /\b(?:(?<!Wali\s)Kota|Kabupaten|Kab\.|Provinsi|Desa|Kelurahan|Kecamatan|Negeri|Pemkot|Pemkab|Pemprov|Sungai|Waduk)\s+(\p{Lu}[\p{L}-]+)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[1]) out.add(m[1]);
  // A company or body named where no office precedes it ("kantor Perumda Air Minum Tirta Sekar mulai"):
  // its capitalised words name the organisation, so "Direktur Perumda Air Minum Tirta Sekar Sri Wahyuni"
  // leaves "Sri Wahyuni" as the name.
  const org =
    /(\S+)\s+(?:Perumda|Perumdam|Perseroda|PDAM|PT|Perum|BUMD|RSUD|Yayasan)((?:\s+\p{Lu}[\p{L}-]*)+)(?=[\s,.;:]+\p{Ll}|[.;:]?$)/gmu;
  for (let m = org.exec(text); m; m = org.exec(text)) {
    if (/^\p{Lu}/u.test(m[1] ?? "")) continue; // "Direktur Perumda ...": an office, the name may follow
    for (const w of (m[2] ?? "").trim().split(/\s+/)) out.add(w);
  }
  return out;
}

function headAt(ts: Token[], i: number): number {
  // "Pj. Kepala Desa", "Plt. Camat": an acting holder's office is the office with its prefix.
  const acting = /^(Pj|Plt|Plh)\.?$/.test(ts[i]?.word ?? "") ? headAt(ts, i + 1) : 0;
  if (acting) return acting + 1;
  for (const head of OFFICE_HEADS) {
    if (head.every((w, k) => ts[i + k]?.word === w && (k === head.length - 1 || !ts[i + k]?.after))) {
      return head.length;
    }
  }
  return 0;
}

/** The people written with an office in `sentence` (office before the name, or name between commas). */
export function officeMentions(
  sentence: string,
  places: ReadonlySet<string>,
  standalone: ReadonlySet<string> = new Set(),
): { name: string; title: string; start: number; end: number }[] {
  const ts = tokens(sentence);
  const out: { name: string; title: string; start: number; end: number }[] = [];
  const orgLike = (w: string) => ORG_WORDS.has(w) || isAcronym(w) || places.has(w);
  for (let i = 0; i < ts.length; i++) {
    const h = headAt(ts, i);
    if (!h) continue;
    // An office word in the middle of a capitalised run names a building ("Rumah Dinas Wali Kota X").
    const prev = ts[i - 1];
    // Other capitalised words before an office open the sentence ("Sambutan Wali Kota X", "Laporan Kepala
    // Dinas ...", "Rombongan Pj. Bupati ...").
    if (
      prev &&
      isCap(prev.word) &&
      !prev.after &&
      (ORG_WORDS.has(prev.word) || BUILDINGS.has(prev.word) || places.has(prev.word))
    )
      continue;
    const run: Token[] = ts.slice(i, i + h);
    let j = i + h;
    let closed = Boolean(run[run.length - 1]?.after);
    while (!closed && j < ts.length) {
      const t = ts[j] as Token;
      if (t.word === "dan") {
        const next = ts[j + 1];
        const last = run[run.length - 1];
        if (next && isCap(next.word) && !headAt(ts, j + 1) && last && orgLike(last.word)) {
          run.push(t);
          j++;
          continue;
        }
        break;
      }
      // "Kepala Dinas Kesehatan dr. Hanafi Kurniawan": a lower-case degree before the name stays in the run.
      if (
        (!isCap(t.word) && !ACADEMIC.test(t.word)) ||
        (j > i + h && headAt(ts, j) && !orgLike(run[run.length - 1]?.word ?? ""))
      )
        break;
      run.push(t);
      j++;
      // "Kepala Dinas Lingkungan Hidup (DLH) Kota ...": an acronym in brackets stays inside the office.
      if (t.after && !(t.after === ")" && sentence[t.start - 1] === "(")) closed = true;
    }
    const words = run.map((t) => t.word);
    let lastOrg = h - 1;
    // "Staf Ahli Gubernur Bidang Ekonomi Wahyu Siregar": the word after "Bidang", "Seksi" or "Bagian"
    // names the field and belongs to the office.
    for (let k = h; k < words.length; k++)
      if (orgLike(words[k] as string) || FIELD_OF.has(words[k - 1] as string)) lastOrg = k;
    // "Wali Kota Tirtamulya Ir. Fransiska Dewi Anggraeni": an academic prefix inside the run opens the name.
    let titleEnd = lastOrg;
    const academic = run.findIndex((t, k) => k >= h && ACADEMIC.test(t.word));
    if (academic > lastOrg) {
      lastOrg = academic;
      titleEnd = academic - 1;
    }
    // "Direktur Utama Perumda Air Minum Tirta Arum Agus Triwibowo": no word marks where the organisation
    // ends; the name starts at a word the article also writes alone as a name ("kata Agus").
    if (run.length - lastOrg - 1 > 3) {
      const k = run.findIndex((t, n) => n > lastOrg && n >= run.length - 4 && standalone.has(t.word));
      if (k > 0) {
        lastOrg = k - 1;
        titleEnd = k - 1;
      }
    }
    let nameTokens = run.slice(lastOrg + 1);
    const titleTokens = run.slice(0, titleEnd + 1);
    let end = run[run.length - 1]?.end ?? 0;
    if (nameTokens.length === 0 && run[run.length - 1]?.after.startsWith(",")) {
      // "Bupati Lorowangi, Suryo Hadikusumo, menyampaikan"
      const appos: Token[] = [];
      for (let k = j; k < ts.length && appos.length < 5; k++) {
        const t = ts[k] as Token;
        if (!isCap(t.word) || orgLike(t.word) || headAt(ts, k)) break;
        appos.push(t);
        if (t.after) break;
      }
      // The name closes with a comma, or ends the sentence ("ujar Kepala Desa Padang Lalang, Bahtiar Ramli.").
      const lastAppos = appos[appos.length - 1];
      if (
        lastAppos &&
        (lastAppos.after.startsWith(",") || /^\.?$/.test(lastAppos.after)) &&
        (lastAppos.after.startsWith(",") || !ts[ts.indexOf(lastAppos) + 1])
      ) {
        nameTokens = appos;
        end = appos[appos.length - 1]?.end ?? end;
      }
    }
    nameTokens = nameTokens.filter((t) => !HONORIFICS.has(t.word) && !ACADEMIC.test(t.word));
    if (nameTokens.length === 0 || nameTokens.length > 4) continue;
    if (nameTokens.some((t) => NOT_NAMES.has(t.word) || orgLike(t.word))) continue;
    // The title ends where the name starts; a comma after the title is not part of it.
    const title = sentence
      .slice(ts[i]?.start ?? 0, titleTokens[titleTokens.length - 1]?.end ?? 0)
      .replace(/[,;:\s]+$/, "");
    const name = nameTokens.map((t) => t.word).join(" ");
    out.push({ name, title, start: ts[i]?.start ?? 0, end });
    i = j - 1;
  }
  return out;
}

/** Pronouns that open a self-introduction ("Saya Galih Pratama, reporter ..."): not part of the name. */
const SELF = /^(?:Saya|Aku|Kami)\s+/u;

/** First words of the offices, for a role written with capitals ("Sarjono, Ketua Kelompok Tani ..., menyambut"). */
const OFFICE_START = [...new Set(OFFICE_HEADS.map((h) => h[0] as string))]
  .map((w) => w.replace(/\./g, "\\."))
  .join("|");

/**
 * "Siti Aminah, pedagang keripik tempe di Kelurahan Sumberwangi, menyambut": a name and its role. The role
 * may be an office written after the name ("Sarjono, Ketua Kelompok Tani Ngudi Rejeki, menyambut"). A
 * one-word name counts after a phrase ("Salah satu penerima, Darmin, ...") or when `named` says the word
 * names someone elsewhere in the article ("... ujar Sumiati"): a clause opener ("Akibatnya, warga ...,")
 * is never written so.
 */
export function roleMentions(
  sentence: string,
  places: ReadonlySet<string>,
  named: (word: string) => boolean = () => false,
): { name: string; title: string; start: number }[] {
  const out: { name: string; title: string; start: number }[] = [];
  const re = new RegExp(
    `(?:^|,\\s|\\.\\s)((?:\\p{Lu}\\p{Ll}+\\s){0,3}\\p{Lu}\\p{Ll}+),\\s(\\p{Ll}[^,]{3,120}?|(?:${OFFICE_START})\\s[^,]{3,120}?),\\s\\p{Ll}`,
    "gu",
  );
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const written = m[1] ?? "";
    const name = written.replace(SELF, "");
    const words = name.split(" ");
    if (words.some((w) => NOT_NAMES.has(w) || ORG_WORDS.has(w) || places.has(w) || HONORIFICS.has(w)))
      continue;
    // A role says what a person is or does ("pedagang ...", "nelayan asal ..."), not a clause ("yang ...").
    if (
      /^(yang|dan|atau|tetapi|namun|sehingga|karena|kata|ujar|menurut|banyak|sejumlah|para|semua|seluruh|beberapa)\b/.test(
        m[2] ?? "",
      )
    )
      continue;
    const afterPhrase = m[0].startsWith(",") || written !== name;
    if (words.length === 1 && ((!afterPhrase && !named(name)) || /nya$/.test(name))) continue;
    out.push({ name, title: m[2] ?? "", start: m.index + m[0].indexOf(name) });
  }
  return out;
}

/** Nicknames introduced as "Mbak Wali—sapaan akrab Ratna—" or "Cak Har (sapaan akrab Hartono)". */
export function nicknames(text: string): { nickname: string; name: string }[] {
  const out: { nickname: string; name: string }[] = [];
  // "Harjono Wibisono, yang akrab disapa Cak Har," / "Sri Handayani yang akrab disapa Bu Sri"
  const after =
    /(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}),?\s+yang\s+(?:oleh\s+[\p{L}-]+\s+)?(?:akrab|biasa|karib)\s+(?:disapa|dipanggil)\s+((?:\p{Lu}\p{Ll}*\.?\s?){1,3})/gu;
  for (let m = after.exec(text); m; m = after.exec(text)) {
    out.push({ nickname: (m[2] ?? "").trim().replace(/[.,]$/, ""), name: m[1] ?? "" });
  }
  // "Nurcahyo Adi Prasetyo, yang di daerahnya lebih dikenal dengan sapaan Cak Nur"; "bupati yang akrab
  // disapa Bu Tyas itu" (the office in lower case: the holder is found by the nickname).
  const known =
    /(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}|\b(?:bupati|wali kota|walikota|camat|lurah|gubernur|sekda|kepala desa|kades|direktur|rektor|perempuan|pria|wanita|lelaki|ibu|bapak))(?:,?\s+yang\s+(?:[\p{Ll}-]+\s+){0,4}?(?:dikenal|disapa|dipanggil)\s+(?:dengan\s+)?(?:sapaan|panggilan|nama\s+panggilan)\s+|\s+yang\s+(?:akrab|biasa|karib)\s+(?:disapa|dipanggil)\s+)((?:\p{Lu}\p{Ll}*\.?\s?){1,3})/gu;
  for (let m = known.exec(text); m; m = known.exec(text)) {
    const nickname = (m[2] ?? "").trim().replace(/[.,]$/, "");
    const name = (m[1] ?? "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    if (!out.some((n) => n.nickname === nickname)) out.push({ nickname, name });
  }
  const re =
    /((?:\p{Lu}\p{Ll}+\s)?\p{Lu}\p{Ll}+)\s*(?:[\u2014\u2013-]+|,|\()\s*(?:sapaan|panggilan)\s+(?:akrab|karib|hangat|populer)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*)/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ nickname: m[1] ?? "", name: m[2] ?? "" });
  return out;
}

/** Everyone named in the article, with lookups by full name, short name and nickname. */
export class PeopleBook {
  readonly people: Person[] = [];
  readonly mentions: Mention[] = [];

  /** Adds a person or completes one already known (a title read later fills an empty one). */
  add(name: string, title: string | undefined, source: string): Person {
    let p = this.find(name);
    if (!p) {
      p = { name, source, aliases: [] };
      if (title) p.title = title;
      this.people.push(p);
    } else if (!p.title && title) {
      p.title = title;
      p.source = source;
    }
    return p;
  }

  /**
   * The person a name, short name or nickname refers to ("Ratna", "Mbak Wali", "Budi Santosa"). With `at`
   * (an offset of the body), an office several people hold ("Pak Sekda", "Bu Bupati") is the holder named
   * last before it.
   */
  find(expr: string, at?: number): Person | undefined {
    const e = expr.trim().replace(/[,.]$/, "");
    if (!e) return undefined;
    const exact = this.people.find((p) => p.name === e || p.aliases.includes(e));
    if (exact) return exact;
    // "Pak Camat" for the one whose nickname is "Pak Camat Bagus"; "Pak Camat", "Bu Bupati" for the one
    // person holding that office (an honorific before an office names its holder).
    const honoured = HONORIFICS.has(e.split(/\s+/)[0] ?? "");
    if (honoured) {
      const byAlias = this.people.filter((p) => p.aliases.some((a) => a.startsWith(`${e} `)));
      if (byAlias.length === 1) return byAlias[0];
      const written = e.split(/\s+/).slice(1).join(" ");
      // Spoken short forms of offices: "Pak Sekda" is the Sekretaris Daerah, "Bu Wali" the Wali Kota.
      const offices = [written, ...(SHORT_OFFICES[written.replace(/\.$/, "")] ?? [])];
      const holders = this.people.filter((p) =>
        offices.some((o) => p.title === o || p.title?.startsWith(`${o} `)),
      );
      if (written && holders.length === 1) return holders[0];
      if (written && holders.length > 1 && at !== undefined) {
        const last = this.lastBefore(at, holders);
        if (last) return last;
      }
      // "Cak Nur", "Bu Tyas", "Bu Siska": a nickname cut from the start or the end of one person's name.
      const cut = written.toLowerCase();
      if (cut.length >= 3 && !/\s/.test(cut)) {
        const fits = this.people.filter((p) =>
          p.name
            .toLowerCase()
            .split(" ")
            .some((n) => n !== cut && (n.startsWith(cut) || n.endsWith(cut))),
        );
        if (fits.length === 1) return fits[0];
      }
    }
    const words = e.split(/\s+/).filter((w) => !HONORIFICS.has(w));
    if (!words.length) return undefined;
    const matches = this.people.filter((p) => {
      const own = p.name.split(" ");
      return words.every((w) => own.includes(w));
    });
    return matches.length === 1 ? matches[0] : undefined;
  }

  /**
   * The one person whose office starts with `office` and one of whose names the nickname is cut from
   * ("Bupati", "Bunda Tari" -> Bupati Wonosekar Lestari Wulandari): Indonesian nicknames keep the start
   * or the end of a name (Lestari -> Tari, Harjono -> Har). Undefined when none or several fit.
   */
  byOfficeAndNickname(office: string, nickname: string): Person | undefined {
    const nick = nickname
      .split(/\s+/)
      .filter((w) => !HONORIFICS.has(w))
      .map((w) => w.toLowerCase());
    if (!nick.length || nick.some((w) => w.length < 3)) return undefined;
    const fits = this.people.filter(
      (p) =>
        p.title?.split(" ")[0] === office.trim() &&
        nick.every((w) =>
          p.name
            .toLowerCase()
            .split(" ")
            .some((n) => n !== w && (n.startsWith(w) || n.endsWith(w))),
        ),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** The one person whose office is written exactly so ("Camat Kalisoka"); undefined when none or several. */
  byTitle(title: string): Person | undefined {
    const fits = this.people.filter((p) => p.title === title.trim());
    return fits.length === 1 ? fits[0] : undefined;
  }

  /** Records that `person` is named at offset `at` of the body. */
  mention(person: Person, at: number): void {
    this.mentions.push({ person, at });
  }

  /** The person named last before offset `at` (what "ia", "dia" and "ujarnya" refer to), of `among` if given. */
  lastBefore(at: number, among?: readonly Person[]): Person | undefined {
    let best: Mention | undefined;
    for (const m of this.mentions)
      if (m.at < at && (!best || m.at > best.at) && (!among || among.includes(m.person))) best = m;
    return best?.person;
  }
}

/**
 * Whether `expr` is an honorific and an office of `p` ("Pak Sekda" for a Sekretaris Daerah, "Bu Bupati" for
 * a Bupati), not a nickname cut from the name.
 */
export function isOfficeReference(expr: string, p: Person): boolean {
  const [honorific = "", ...rest] = expr.trim().split(/\s+/);
  const office = rest.join(" ").replace(/\.$/, "");
  if (!HONORIFICS.has(honorific) || !office || !p.title) return false;
  const offices = [office, ...(SHORT_OFFICES[office] ?? [])];
  return offices.some((o) => p.title === o || p.title?.startsWith(`${o} `));
}

/** Short names of a person worth looking for in text (first and last word of the name). */
export function shortNames(p: Person): string[] {
  const words = p.name.split(" ");
  return [...new Set([p.name, words[0] as string, words[words.length - 1] as string, ...p.aliases])];
}
