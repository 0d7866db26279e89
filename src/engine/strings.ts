import { mapPacked } from "../language/packed.js";

/** The first words of a quote, to name it without repeating it whole. */
function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text.replace(/[.,]\s*$/, "") : `${words.slice(0, 8).join(" ")} ...`;
}

const UNIT_WORDS = { week: "minggu", month: "bulan", year: "tahun" } as const;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every Indonesian sentence the engine writes, in one place. */
export const engineStrings = {
  source: (outlet: string, month?: string) => `Sumber: berita ${outlet}${month ? `, ${month}` : ""}.`,
  /** One source's answer when several sources answer the same question ("Penandatanganannya di mana?"). */
  perSource: (outlet: string, text: string) => `Menurut berita ${outlet}: ${text}`,
  sources: (list: string) => `Sumber: ${list}.`,
  decline: "Maaf, informasi itu belum ada dalam pengetahuan saya.",
  declineOpinion:
    "Maaf, saya hanya menyampaikan isi berita, bukan pendapat atau perkiraan saya sendiri. Berita tidak menilai hal itu.",
  declineUnknown: (words: string) => `Maaf, saya belum punya informasi tentang ${words}.`,
  declineEmpty:
    "Silakan tulis pertanyaan Anda dengan kata-kata, misalnya tentang tanggal atau sektor kerja sama.",
  scope: (topics: string[], more: number) =>
    `Saya bisa menjawab tentang: ${topics.join("; ")}${more > 0 ? `; dan ${more} topik lain` : ""}.`,
  tryAsking: "Coba tanyakan, misalnya:",
  partialMissing: (part: string) => `Untuk "${part}", informasinya belum ada dalam pengetahuan saya.`,
  clarify: "Maksud Anda yang mana?",
  /** A premise confirmed by the knowledge (citizens ask "betul?", "benarkah?": the answer says so). */
  yes: "Ya, benar.",
  no: "Tidak.",
  /** A "sudah ...?" question about time passed, answered in its own words. */
  already: "Ya, sudah.",
  notYet: "Belum.",
  /** A day named relative to now ("kemarin") that the knowledge's date confirms. */
  yesWhen: (phrase: string, date: string) => `Ya, benar: ${phrase}, ${date}.`,
  /** A day named relative to now that the knowledge's date contradicts. */
  notWhen: (phrase: string, date: string) => `Bukan ${phrase}. Menurut berita, tanggalnya ${date}.`,
  onlyTarget: (what: string, year: number) =>
    `Berita tidak menyebut capaiannya; yang disebut hanya target ${what} pada ${year}.`,
  thanks: "Sama-sama. Silakan bertanya lagi kapan saja tentang kerja sama Pemkot Madiun dan Pemkot Kediri.",
  greeting: "Halo! Saya bot informasi kerja sama Pemkot Madiun dan Pemkot Kediri.",
  notOwner: (owner: string) => `Bukan. Menurut berita, ini milik ${owner}.`,
  notNickname: (nickname: string, name: string, office: string) =>
    `Bukan. Menurut berita, "${nickname}" adalah sapaan ${office ? `${office} ` : ""}${name}.`,
  notOwnerPerson: (owner: string) => `Bukan. Menurut berita, yang dimaksud adalah orang dari ${owner}.`,
  lasts: (days: string) => `Berlangsung ${days}.`,
  lastsFromTo: (days: string, from: string, to: string) => `Berlangsung ${days}, ${from} sampai ${to}.`,
  notPlace: (place: string) => `Tidak, di ${place}.`,
  pickedItem: (ordinal: string, what: string, item: string, of: number) =>
    `Yang ${ordinal} dari ${of} ${what} yang disebut berita (sesuai urutan dalam berita): ${item}.`,
  listCount: (n: number, what: string, open: boolean) =>
    open
      ? `Berita menyebut ${n} ${what} (dengan kata "antara lain", jadi daftarnya belum tentu lengkap).`
      : `Berita menyebut ${n} ${what}.`,
  notPartner: (partner: string, parties: string) =>
    `Tidak. Berita tidak menyebut ${cap(partner)}; kerja sama ini antara ${parties}.`,
  notSector: (named: string, sector: string) =>
    `Bukan ${named}. Menurut berita, yang disebut adalah ${sector}.`,
  /** A person of the knowledge asked about in something the knowledge never says of them. */
  personNotHeld: (person: string, words: readonly string[]) =>
    `Maaf, berita tidak memuat informasi tentang ${person} dalam hal ${mapPacked(words, (w) => `"${w}"`).join(", ")}.`,
  /** A number a yes/no question states that the knowledge contradicts, with the knowledge's number(s). */
  notNumber: (asked: string, right: readonly string[]) =>
    `Tidak, bukan ${asked}. Menurut berita: ${right.join("; ")}.`,
  notOffice: (office: string) => `Tidak. Berita tidak menyebut ${office}.`,
  notOfficeHolder: (office: string, heldOffice: string, name: string) =>
    `Tidak. Berita tidak menyebut ${office}; yang disebut ${heldOffice} ${name}.`,
  notOutlet: (outlet: string) => `Bukan. Sumbernya berita ${outlet}.`,
  notAlternative: (words: string) => `Berita tidak menyebut ${words}.`,
  notLevel: (parties: string) => `Bukan. Menurut berita, pihaknya adalah ${parties}.`,
  /** A quote cited to confirm with words it does not have ("akan kaya"): its real wording follows. */
  quoteWording: (words: string) => `Tidak. Kutipan dalam berita tidak memuat kata ${words}; bunyinya:`,
  /** Someone said to have said a word is NOT so, where their words state it plainly. */
  notNegated: (word: string) => `Tidak. Berita tidak memuat pernyataan "tidak ${word}"; yang disampaikan:`,
  /** A target the question names that the knowledge does not have, with the targets it does. */
  notTarget: (asked: string, targets: string) =>
    `Tidak. Berita tidak menyebut target ${asked}; yang ditargetkan adalah ${targets}.`,
  notSpeaker: (speaker: string, office: string) =>
    `Bukan. Menurut berita, itu pernyataan ${speaker} (${office}).`,
  statementsTitle: (speaker: string, office: string) => `Pernyataan ${speaker} (${office}) dalam berita:`,
  statementAt: (order: "first" | "last", speaker: string, office: string, outlet?: string) =>
    `Pernyataan ${order === "first" ? "pertama" : "terakhir (penutup)"} ${speaker} (${office}) dalam berita${outlet ? ` ${outlet}` : ""}:`,
  onDay: (date: string, label: string) => `${date} (${label}):`,
  nothingOnDay: (day: string) => `Maaf, berita tidak mencatat peristiwa apa pun pada ${day}.`,
  statementLabel: (speaker: string) => `pernyataan ${speaker}`,
  /** Which of two dated things came first, asked as a choice ("sebelum atau sesudah ...?"). */
  orderAfter: "Sesudah.",
  orderBefore: "Sebelum.",
  sameDay2: "Pada hari yang sama.",
  interval: (a: string, aDate: string, b: string, bDate: string, days: number) =>
    `${cap(a)} (${aDate}) dan ${b} (${bDate}) berselang ${days} hari.`,
  sinceUnits: (
    counts: { n: number; unit: "week" | "month" | "year" }[],
    days: number,
    label: string,
    date: string,
  ) =>
    `Sudah ${mapPacked(counts, (c) => `${c.n === 0 ? "kurang dari 1" : c.n} ${UNIT_WORDS[c.unit]}`).join(" atau ")} (${days} hari) sejak ${label} pada ${date}.`,
  anniversaryAhead: (years: number, label: string, date: string, days: number, elapsed: string) =>
    `Belum genap ${years} tahun: baru ${elapsed} sejak ${label}. Genap ${years} tahun jatuh pada ${date}, ${days} hari lagi.`,
  anniversaryPassed: (years: number, label: string, date: string, days: number) =>
    `Sudah. Genap ${years} tahun sejak ${label} jatuh pada ${date}; kini sudah ${days} hari sejak ${label}.`,
  anniversaryToday: (years: number, label: string, date: string) =>
    `Ya, benar. Hari ini, ${date}, genap ${years} tahun sejak ${label}.`,
  anniversaryNotToday: (years: number, label: string, date: string, daysAgo: number) =>
    `Tidak. Genap ${years} tahun sejak ${label} sudah lewat: jatuh pada ${date}, ${daysAgo} hari yang lalu.`,
  anniversaryOn: (years: number, label: string, date: string, distance: string) =>
    `Genap ${years} tahun (ulang tahun ke-${years}) sejak ${label} jatuh pada ${date}, ${distance}.`,
  targetYearLabel: (year: number, what: string) => `tahun ${year} (target ${what})`,
  lessThan: (n: number, unit: string) => `kurang dari ${n} ${unit}`,
  /** A year relative to the current one: "tahun ini", "tahun depan", "3 tahun lagi", "tahun lalu". */
  relativeYear: (diff: number) =>
    diff === 0
      ? "tahun ini"
      : diff === 1
        ? "tahun depan"
        : diff === -1
          ? "tahun lalu"
          : diff > 0
            ? `${diff} tahun lagi`
            : `${-diff} tahun yang lalu`,
  yearAhead: (label: string, relative: string, span: string, date: string) =>
    `${cap(label)} adalah ${relative}; tahun itu dimulai ${span} lagi, pada ${date}.`,
  yearReachedSince: (label: string, relative: string) =>
    `${cap(label)} sudah tiba (${relative}); berita belum memuat capaiannya.`,
  onlyPastDated: (label: string, date: string) =>
    `Maaf, berita hanya memuat ${label} pada ${date}; yang berikutnya tidak disebut.`,
  countedTo: (date: string) => `(Dihitung sampai ${date}.)`,
  since: (span: string, label: string, date: string) => `Sudah ${span} sejak ${label} pada ${date}.`,
  until: (span: string, label: string, date: string) => `${cap(label)} masih ${span} lagi, pada ${date}.`,
  quoteLine: (text: string, speaker: string, office: string, date: string) =>
    `"${text}" ujar ${speaker} (${office}), ${date}.`,
  quoteLineUndated: (text: string, speaker: string, office: string) =>
    `"${text}" ujar ${speaker} (${office}).`,
  /** "Apa itu zero kabel?": a target the source names but does not explain. */
  notDefined: (what: string) =>
    `Maaf, berita hanya menyebut ${what} sebagai target, tanpa menjelaskan artinya atau rinciannya.`,
  sectorNotNamed: (words: string, sectors: string[]) =>
    `Maaf, berita tidak menyebut ${words} sebagai sektor kerja sama ini. Sektor yang disebut antara lain: ${sectors.join(", ")}.`,
  quoteNoPlace: (speaker: string) => `Berita tidak menyebut tempat ${speaker} menyampaikan pernyataan ini.`,
  onlyQuoted: (speakers: string) =>
    `Maaf, berita hanya mengutip pernyataan ${speakers}; pernyataan pihak yang Anda tanyakan tidak ada di dalamnya.`,
  quoteSaidOn: (speaker: string, date: string) => `${speaker} menyampaikannya pada ${date}.`,
  quoteUndated: (speaker: string, dated?: { text: string; date: string }) =>
    `Berita tidak menyebutkan tanggal pernyataan ${speaker} ini.${
      dated
        ? ` Pernyataan ${speaker} yang bertanggal dalam berita ("${shorten(dated.text)}") disampaikan pada ${dated.date}.`
        : ""
    }`,
  /** "Kapan kutipan itu disampaikan?": the source dates only some statements. */
  datedStatementsOnly: (count: number, whose?: string) =>
    `Berita hanya menyebutkan tanggal ${count === 1 ? "satu" : count} pernyataan${whose ? ` ${whose}` : ""}:`,
  otherStatementsUndated: (whose?: string) =>
    `Pernyataan${whose ? ` ${whose}` : ""} lainnya tidak disebutkan tanggalnya dalam berita:`,
  /** A statement named by its first words (and its speaker when the answer quotes several). */
  statementNamed: (text: string, speaker?: string) => `"${shorten(text)}"${speaker ? ` (${speaker})` : ""}`,
  /** Words the source reports without quoting them, named by their first words. */
  reportedNamed: (text: string) => shorten(text),
  datedWordsOf: (speaker: string) => `pernyataan ${speaker} yang bertanggal itu`,
  sinceDays: (days: number, label: string, date: string) => `Sudah ${days} hari sejak ${label} pada ${date}.`,
  sameDay: (label: string, date: string) => `Hari ini (${date}) adalah hari ${label}.`,
  quotesTitle: "Pernyataan Wali Kota dalam berita:",
  sourcesTitle: "Sumber informasi bot ini:",
  tooLongNote: "(Pesan Anda panjang; saya membaca bagian awalnya saja.)",
} as const;
