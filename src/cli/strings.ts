/**
 * Every Indonesian line the command-line tools print for staff (ask, knowledge:check, knowledge:import,
 * knowledge:migrate, knowledge:gaps, the terminal chat), in one place. Values are filled in as given.
 */
export const cliStrings = {
  // Shared by several tools.
  badNow: (value: string | undefined) =>
    `--now tidak valid: "${value}" (tulis TTTT-BB-HH, misalnya 2026-11-28)`,
  invalidKnowledge: "Berkas pengetahuan tidak valid:",
  askServingLastGood: (errors: number, version: string) =>
    `Berkas pengetahuan tidak valid (${errors} galat); seperti bot, jawaban di bawah memakai versi terakhir yang benar (${version}). Perbaiki dulu (npm run knowledge:check):`,
  invalidKnowledgeFixFirst: "Berkas pengetahuan tidak valid; perbaiki dulu (npm run knowledge:check):",

  // ask and the terminal chat
  askUsage: 'Tulis pertanyaan, misalnya: npm run ask -- "kapan kerja sama ditandatangani?"',
  relatedQuestions: (followUps: readonly string[]) =>
    `\nPertanyaan terkait:\n${followUps.map((f) => `- ${f}`).join("\n")}`,
  terminalBanner:
    "Mode obrolan terminal (BOT_TOKEN kosong). Untuk menyambungkan Telegram, isi BOT_TOKEN di berkas .env lalu jalankan ulang `npm start`.",

  // knowledge:gaps
  gapsFailed: (message: string) => `knowledge:gaps gagal: ${message}`,

  // knowledge:migrate
  migrated: (path: string) => `diperbarui: ${path} (petunjuk di awal berkas; isi tidak berubah)`,
  nothingToMigrate: "Semua berkas sudah memakai format terbaru.",

  // knowledge:import
  importBadDate: (value: string) => `--date tidak valid: "${value}" (tulis TTTT-BB-HH, misalnya 2026-01-14)`,
  importUnreadable: (path: string) => `Naskah berita tidak bisa dibaca: ${path}`,
  importEmpty: (path: string) => `Naskah berita kosong: ${path}`,
  importExists: (path: string) =>
    `Berkas ${path} sudah ada; tulis --force untuk menimpanya, atau pilih --out lain.`,
  importWritten: (path: string) => `Draf ditulis: ${path}`,
  importCounts: (c: {
    entries: number;
    events: number;
    people: number;
    quotes: number;
    lists: number;
    targets: number;
    numbers: number;
  }) =>
    `${c.entries} butir: ${c.events} acara, ${c.people} orang, ${c.quotes} kutipan, ${c.lists} daftar, ${c.targets} target, ${c.numbers} angka.`,
  importReview: (count: number) =>
    `${count} hal ditandai TINJAU. Setiap nilai diberi komentar kalimat sumbernya.`,
  importNoOutlet: "Nama media tidak ditemukan di naskah: tambahkan --outlet NAMA bila perlu.",
  importNoDate: "Tanggal terbit tidak ditemukan di naskah: tambahkan --date TTTT-BB-HH bila diketahui.",
  importServedAtOnce:
    "PERHATIAN: berkas ini di folder pengetahuan di luar draft/, jadi bot akan langsung memakainya.",
  importCheckNext: (path: string) => `Periksa: npm run knowledge:check -- --draft ${path}`,
  importTakesOver: (n: number) =>
    `PERHATIAN: draf masih mengambil alih ${n} pertanyaan butir lama (kata kunci dan pertanyaan contoh yang umum sudah dibuang otomatis); buat pertanyaan, topik atau jawaban butir draf lebih khusus:`,
  importNoTakeOver: "Draf tidak mengambil alih pertanyaan butir lama.",
  importUsage:
    "Pakai: npm run knowledge:import -- BERITA.txt [--outlet NAMA] [--date TTTT-BB-HH] [--out BERKAS] [--force]",

  // knowledge:check
  checkCrashed: (message: string) =>
    `Pemeriksaan gagal karena kesalahan program: ${message}. Laporkan ke pengembang.`,
  checkLoadInvalid: (errors: number, warnings: number) =>
    `TIDAK VALID: ${errors} galat${warnings ? ` (dan ${warnings} peringatan, tampil setelah galat diperbaiki)` : ""}. Bot tetap memakai versi lama sampai galat diperbaiki.`,
  checkErrors: (count: number) => `GALAT (${count}): perubahan ini akan DITOLAK bot.`,
  checkDraftPreview: (count: number) =>
    `Bila draf ini dipindahkan ke folder pengetahuan, bot akan MENOLAKnya sampai hal berikut diperbaiki (${count}):`,
  checkNewWarnings: (count: number) => `Peringatan dari perubahan ini (${count}):`,
  checkRemoved: (removed: readonly string[], before: number) =>
    `Butir yang dihapus (${removed.length} dari ${before}): ${removed.join(", ")}`,
  checkAdded: (added: readonly string[]) => `Butir baru: ${added.join(", ")}`,
  checkNote: (note: string) => `• ${note}`,
  checkAllowAll:
    "Bila SEMUA jawaban di atas yang menyarankan izinkan memang benar, cukup satu baris izinkan per butir (ganti baris izinkan yang sudah ada):",
  checkAllowLine: (where: string, entryId: string, questions: readonly string[]) =>
    `    ${where} butir "${entryId}": izinkan: [${questions.map((q) => JSON.stringify(q)).join(", ")}]`,
  checkMoreNotes: (count: number) => `• … dan ${count} perubahan lain`,
  checkOldWarnings: (count: number) => `Peringatan lama (${count}):`,
  checkOldWarningsHidden: (count: number) =>
    `Peringatan lama: ${count} (sudah ada sebelum perubahan ini; tampilkan dengan npm run knowledge:check -- --semua).`,
  checkComparedWith: (version: string) => `dibandingkan dengan versi lama ${version}`,
  checkNoBaseline: "tanpa versi lama (tidak ada di git maupun salinan bot di DATA_DIR/pengetahuan-terakhir)",
  checkBehaviour: (asked: number, mustDecline: number, compared: string, changed: number) =>
    `Uji perilaku: ${asked} pertanyaan (${mustDecline} harus ditolak) diajukan, ${compared}; ${changed} berubah.`,
  checkTakenOver: (count: number) => `Pertanyaan butir lama yang akan diambil alih oleh draf (${count}):`,
  checkTakenOverInvalid:
    "TIDAK VALID: draf mengubah jawaban pertanyaan yang sudah ada. Buat pertanyaan dan kata kunci draf lebih khusus.",
  checkNothingTakenOver: "Draf tidak mengambil alih pertanyaan butir lama.",
  checkRetrieval: (correct: number, total: number, percent: string) =>
    `Uji pertanyaan contoh: ${correct} dari ${total} pertanyaan dijawab oleh butirnya sendiri (${percent}).`,
  checkInvalid: (errors: number, warnings: number) =>
    `TIDAK VALID: ${errors} galat, ${warnings} peringatan. Bot tetap memakai versi lama sampai galat diperbaiki.`,
  checkValid: (entries: number, files: number, sources: number, version: string, warnings: number) =>
    `VALID: ${entries} butir dari ${files} berkas, ${sources} sumber, versi ${version}; ${warnings} peringatan.`,
  checkSharedKeywordHint: (keyword: string, entry: string) =>
    `hapus "${keyword}" dari kata kunci butir baru "${entry}" bila kata itu tidak khas untuknya (butir lama sudah memakainya lebih dulu)`,
  checkLiveInvalid: "Pengetahuan yang dipakai sekarang tidak valid; perbaiki dulu sebelum memeriksa draf.",
  checkTakenByDraft: (at: string, entry: string, question: string, draftEntry: string) =>
    `${at}: butir "${entry}": "${question}" kini dijawab butir draf "${draftEntry}"`,
  checkNoLongerAnswered: (at: string, entry: string, question: string) =>
    `${at}: butir "${entry}": "${question}" tidak lagi dijawab (bot ragu karena draf)`,
  checkDraftMissing:
    "Tulis berkas draf sesudah --draft, misalnya: npm run knowledge:check -- --draft knowledge/draft/berita.yaml",
} as const;
