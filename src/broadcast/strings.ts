/**
 * Indonesian text of subscriptions and announcements (citizens' confirmations, admin previews, progress
 * and reports). Plain text only: every message is sent without parse mode, so nothing needs escaping.
 * `{name}` placeholders are filled by `fill`.
 */
export const broadcastStrings = {
  announcementHeader: "📢 Pengumuman Kerja Sama Kota Madiun – Kota Kediri",
  announcementFooter: "Berhenti menerima pengumuman: /berhenti",

  subscribeButton: "🔔 Langganan pengumuman",
  subscribed:
    "Terima kasih, Anda sekarang berlangganan pengumuman kerja sama Madiun–Kediri. " +
    "Untuk berhenti kapan saja, ketik /berhenti.",
  subscribedGroup:
    "Grup ini sekarang berlangganan pengumuman kerja sama Madiun–Kediri. Admin grup dapat berhenti dengan /berhenti.",
  alreadySubscribed: "Anda sudah berlangganan pengumuman. Untuk berhenti, ketik /berhenti.",
  alreadySubscribedGroup:
    "Grup ini sudah berlangganan pengumuman. Admin grup dapat berhenti dengan /berhenti.",
  groupAdminOnly: "Hanya admin grup ini yang dapat mengatur langganan pengumuman untuk grup.",
  unsubscribed:
    "Anda sudah berhenti berlangganan. Anda tidak akan menerima pengumuman lagi. Untuk berlangganan lagi, ketik /langganan.",
  unsubscribedGroup:
    "Grup ini sudah berhenti berlangganan pengumuman. Untuk berlangganan lagi, admin grup dapat mengetik /langganan.",
  notSubscribed: "Anda belum berlangganan pengumuman. Untuk berlangganan, ketik /langganan.",
  notSubscribedGroup: "Grup ini belum berlangganan pengumuman.",
  dataDeleted:
    "Semua data yang kami simpan tentang obrolan ini ({count} catatan) sudah dihapus, termasuk langganan " +
    "pengumuman. Anda tidak akan menerima pengumuman lagi kecuali berlangganan kembali dengan /langganan.",
  noDataStored: "Kami tidak menyimpan data apa pun tentang obrolan ini. Tidak ada yang perlu dihapus.",

  adminOnly: "Perintah ini hanya untuk admin.",
  adminOnlyButton: "Hanya admin yang dapat menekan tombol ini.",
  umumkanUsage:
    "Cara memakai:\n/umumkan <teks pengumuman>\n/umumkan <waktu> | <teks pengumuman>\n\n" +
    "Contoh waktu (WIB): besok 08:00, lusa 09:30, hari ini 15:00, 2026-12-01 08:00, 01/12/2026 08:00.",
  badTime: 'Waktu "{time}" tidak saya pahami. Contoh: besok 08:00 atau 2026-12-01 08:00 (WIB).',
  pastTime: "Waktu {time} sudah lewat. Pilih waktu yang akan datang.",
  tooLongAnnouncement:
    "Pengumuman terlalu panjang ({length} karakter; batas Telegram {max}). Mohon persingkat.",
  previewIntro:
    "Pratinjau pengumuman #{id} untuk {count} pelanggan aktif. Pesan berikut persis seperti yang akan mereka terima:",
  previewIntroScheduled:
    "Pratinjau pengumuman #{id}, dijadwalkan {when}. Pesan berikut persis seperti yang akan diterima pelanggan:",
  sendButton: "✅ Kirim",
  cancelButton: "❌ Batal",
  confirmedNow: "Pengumuman #{id} masuk antrean pengiriman. Status pengiriman akan tampil di sini.",
  confirmedScheduled: "Pengumuman #{id} dijadwalkan {when}. Lihat /jadwal, batalkan dengan /batal {id}.",
  alreadyConfirmed: "Pengumuman #{id} sudah diproses sebelumnya; tidak dikirim dua kali.",
  cancelledDraft: "Pengumuman #{id} dibatalkan; tidak ada yang dikirim.",
  alreadyCancelled: "Pengumuman #{id} sudah dibatalkan.",
  jobMissing: "Pengumuman #{id} tidak ditemukan.",
  staleButton: "Tombol ini sudah tidak berlaku.",

  scheduleEmpty: "Tidak ada pengumuman yang dijadwalkan.",
  scheduleHeading: "Pengumuman terjadwal:",
  scheduleItem: "#{id} • {when} • {preview}",
  batalUsage: "Cara memakai: /batal <nomor pengumuman>, misalnya /batal 12. Lihat nomornya di /jadwal.",
  batalDone: "Pengumuman #{id} dibatalkan.",
  batalRunning: "Pengumuman #{id} dihentikan; pesan yang sudah terkirim tidak dapat ditarik.",
  batalFinished: "Pengumuman #{id} sudah selesai dikirim; tidak dapat dibatalkan.",

  progress:
    "📤 Mengirim pengumuman #{id}\nTerkirim: {sent}\nGagal: {failed}\nTidak aktif (memblokir/keluar): {inactive}\n" +
    "Sisa: {remaining} dari {total}\nPerkiraan selesai: {eta}",
  etaUnknown: "sedang dihitung",
  etaSeconds: "± {n} detik lagi",
  etaMinutes: "± {n} menit lagi",
  finalReport:
    "✅ Pengumuman #{id} selesai.\nTerkirim: {sent}\nGagal: {failed}\nTidak aktif (memblokir/keluar): {inactive}\n" +
    "Dilewati: {skipped}\nTotal: {total}\nDurasi: {duration}",
  cancelledReport:
    "⛔ Pengumuman #{id} dibatalkan.\nTerkirim sebelum dibatalkan: {sent}\nGagal: {failed}\nTidak dikirim: {cancelled}",
  longPause:
    "⏸️ Telegram meminta pengiriman pengumuman #{id} dijeda {retry} detik (batas kiriman). Pengiriman dijeda {pause} detik lalu dilanjutkan otomatis.",
  cliQueued:
    "Pengumuman #{id} masuk antrean untuk {count} pelanggan aktif. Bot yang sedang berjalan akan mengirimnya.",
  cliDuplicate: "Pengumuman yang sama (#{id}) sudah ada di antrean; tidak dibuat lagi.",
} as const;

/** Replaces `{name}` placeholders with values (missing names stay as they are). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
