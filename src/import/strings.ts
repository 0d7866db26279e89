/**
 * Every Indonesian review note the article importer writes for staff (marked TINJAU in the draft), in one
 * place. The draft's own questions, topics and answers are built from the article in draft.ts.
 */
export const importStrings = {
  dateNotOnCalendar: (written: string) => `tanggal "${written}" tidak ada di kalender`,
  weekdayMismatch: (written: string, iso: string, actual: string) =>
    `berita menulis ${written}, padahal ${iso} jatuh pada ${actual}`,
  yearNotWritten: (written: string) =>
    `tahun untuk "${written}" tidak disebut dalam berita; isi tanggal bila diketahui`,
  yearDoesNotFit: (written: string, year: number) =>
    `"${written}" tidak cocok dengan tahun berita (${year}); periksa tanggalnya`,
  weekWordsMismatch: (written: string, iso: string, anchor: string) =>
    `berita menulis "${written}", padahal ${iso} tidak jatuh pada pekan itu dihitung dari tanggal berita ${anchor}; periksa tanggalnya`,
  quoteNotClosed: "tanda kutip penutup tidak ditemukan; periksa batas kutipan",
  quoteNoSpeaker: "pembicara kutipan tidak disebut; isi pembicaranya",
  quoteNoSpeakerSummary: (start: string) => `kutipan tanpa pembicara: "${start}..."`,
  quoteSpeakerUnsure: (speaker: string) => `pembicara "${speaker}" tidak dapat dipastikan; isi pembicaranya`,
  quoteSpeakerUnsureSummary: (start: string) => `kutipan dengan pembicara tak pasti: "${start}..."`,
  quoteDateUnsure: "tanggal kutipan belum pasti",
  relativeDate: (written: string, resolved: string, published: string) =>
    `tanggal ditulis relatif ("${written}"); dihitung dari tanggal terbit ${published}: ${resolved}. Isi facts.dates bila tanggal pastinya diketahui`,
  relativeDateNoAnchor: (written: string) =>
    `tanggal ditulis relatif ("${written}") dan tanggal terbit tidak tercantum: tanggalnya tidak dapat dihitung; isi bila diketahui`,
  relativeYearFrom: (written: string, year: number, published: string) =>
    `${year}: dari ${written}, dihitung dari tanggal terbit ${published}`,
  relativeYearNoDate: (written: string) =>
    `"${written}" dihitung dari tanggal berita, yang tidak tercantum: tahunnya tidak ditulis; isi facts.years bila diketahui`,
  detailDropped: (start: string) =>
    `rincian "${start}..." tidak didraf: kalimatnya menjawab pertanyaan yang sudah dimiliki pengetahuan aktif; tambahkan sendiri bila perlu`,
} as const;
