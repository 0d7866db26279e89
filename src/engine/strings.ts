/** Every Indonesian sentence the engine writes, in one place. */
export const engineStrings = {
  source: (outlet: string, month: string) => `Sumber: berita ${outlet}, ${month}.`,
  sourceUndated: (outlet: string) => `Sumber: berita ${outlet}.`,
  sources: (list: string) => `Sumber: ${list}.`,
  decline: "Maaf, informasi itu belum ada dalam pengetahuan saya.",
  declineUnknown: (words: string) => `Maaf, saya belum punya informasi tentang ${words}.`,
  declineEmpty:
    "Silakan tulis pertanyaan Anda dengan kata-kata, misalnya tentang tanggal atau sektor kerja sama.",
  scope:
    "Saya bisa menjawab seputar kerja sama Pemkot Madiun dan Pemkot Kediri: para pihak, tanggal dan tempat penandatanganan, penanda tangan, tujuan, sektor, prioritas, target 2027, dan pernyataan wali kota.",
  tryAsking: "Coba tanyakan, misalnya:",
  partialMissing: (part: string) => `Untuk "${part}", informasinya belum ada dalam pengetahuan saya.`,
  clarify: "Maksud Anda yang mana?",
  yes: "Ya.",
  no: "Tidak.",
  notYet: "Belum.",
  thanks: "Sama-sama. Silakan bertanya lagi kapan saja tentang kerja sama Pemkot Madiun dan Pemkot Kediri.",
  greeting: "Halo! Saya bot informasi kerja sama Pemkot Madiun dan Pemkot Kediri.",
  notOwner: (owner: string) => `Bukan. Menurut berita, ini milik ${owner}.`,
  quoteLine: (text: string, speaker: string, office: string, date: string) =>
    `"${text}" ujar ${speaker} (${office}), ${date}.`,
  quoteSaidOn: (speaker: string, date: string) => `${speaker} menyampaikannya pada ${date}.`,
  sinceDays: (days: number, label: string, date: string) => `Sudah ${days} hari sejak ${label} pada ${date}.`,
  sameDay: (label: string, date: string) => `Hari ini (${date}) adalah hari ${label}.`,
  untilDays: (days: number, label: string, date: string) =>
    `${label} dijadwalkan ${days} hari lagi, pada ${date}.`,
  untilYear: (what: string, year: number, days: number) =>
    `Target ${what} adalah tahun ${year}; tahun ${year} dimulai ${days} hari lagi.`,
  yearReached: (what: string, year: number) =>
    `Target ${what} adalah tahun ${year}, yang sudah tiba; berita belum memuat capaiannya.`,
  quotesTitle: "Pernyataan Wali Kota dalam berita:",
  sourcesTitle: "Sumber informasi bot ini:",
  tooLongNote: "(Pesan Anda panjang; saya membaca bagian awalnya saja.)",
} as const;
