/**
 * Every Indonesian sentence the Telegram bot says on its own (answers themselves come from the engine).
 * Plain text: callers escape or send as HTML through `html.ts` helpers, never by concatenating raw input.
 */
export const strings = {
  greeting:
    "Halo! Saya bot informasi kerja sama Pemerintah Kota Madiun dan Pemerintah Kota Kediri.\n\n" +
    "Saya bisa menjawab pertanyaan tentang isi kerja sama, tanggal dan tempat penandatanganan, siapa " +
    "yang menandatangani, sektor, tujuan, manfaat, target, kutipan, dan sumbernya. " +
    "Tulis pertanyaan Anda dengan kalimat biasa, atau pilih salah satu contoh di bawah.",
  examplesHeading: "Contoh pertanyaan:",
  help:
    "Cara memakai bot ini:\n" +
    "• Tulis pertanyaan dengan kalimat biasa, misalnya: Kapan kerja sama ditandatangani?\n" +
    "• Tekan tombol pertanyaan lanjutan di bawah jawaban.\n" +
    "• Di grup, sebut saya (@{username}) atau balas pesan saya.\n\n" +
    "Perintah:",
  /** Shown while an unknown /start payload is ignored. */
  unknownPayload: "Tautan itu tidak saya kenali, jadi saya mulai dari awal.",
  topicUnavailable: "Maaf, informasi untuk perintah ini sedang tidak tersedia.",
  unknownCommand: "Perintah itu tidak saya kenali. Ketik /bantuan untuk melihat perintah yang tersedia.",
  nonText:
    "Maaf, saya hanya bisa membaca pesan teks. Silakan tulis pertanyaan Anda tentang kerja sama Madiun–Kediri.",
  tooLong:
    "Pesan Anda terlalu panjang (lebih dari {max} karakter). Tolong tulis pertanyaan yang lebih singkat.",
  noWords:
    "Saya tidak menemukan kata dalam pesan Anda. Silakan tulis pertanyaan dengan huruf, misalnya: Apa saja sektor kerja samanya?",
  emptyMention: "Ya? Silakan tulis pertanyaan Anda tentang kerja sama Madiun–Kediri setelah menyebut saya.",
  flood: "Pesan Anda terlalu cepat. Mohon tunggu beberapa detik, lalu kirim lagi pertanyaan Anda.",
  adminPrivateOnly: "Perintah admin hanya bisa dipakai di obrolan pribadi dengan bot, bukan di grup.",
  staleButton: "Tombol ini sudah tidak berlaku. Silakan tulis pertanyaan Anda.",
  apology: "Maaf, terjadi kesalahan saat memproses pesan Anda. Silakan coba lagi sebentar lagi.",
  clarifyPrompt: "Maksud Anda yang mana?",
  relatedHeading: "Pertanyaan lanjutan:",
  commands: {
    start: "Mulai dan lihat contoh pertanyaan",
    bantuan: "Cara memakai bot dan daftar perintah",
    ringkasan: "Ringkasan kerja sama Madiun–Kediri",
    tanggal: "Kapan kerja sama ditandatangani",
    tempat: "Di mana kerja sama ditandatangani",
    penandatangan: "Siapa yang menandatangani",
    sektor: "Sektor-sektor kerja sama",
    tujuan: "Tujuan kerja sama",
    manfaat: "Manfaat yang diharapkan",
    target: "Target Pemkot Madiun pada 2027",
    kutipan: "Kutipan pernyataan pejabat",
    sumber: "Sumber informasi",
  },
} as const;

/** Fills `{name}` placeholders; values are inserted as given (escape first when the result is HTML). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
