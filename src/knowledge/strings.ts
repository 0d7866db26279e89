import { tz } from "@date-fns/tz";
import { format } from "date-fns/format";
import { id } from "date-fns/locale/id";

/**
 * Every Indonesian sentence of the staff tooling for knowledge (admin commands /muatulang, /versi,
 * /celah, problem notices to admins, and the knowledge:gaps CLI). Plain text templates with {name}
 * placeholders: callers escape values before sending them as HTML.
 */
export const knowledgeStrings = {
  notAdmin:
    "Maaf, perintah ini khusus untuk admin pengelola bot. Silakan ajukan pertanyaan Anda seperti biasa.",
  reloadOk: "Pengetahuan dimuat ulang: {entries} butir, versi {version}.",
  reloadUnchanged: "Pengetahuan tidak berubah: {entries} butir, versi {version}.",
  reloadWarnings: "{count} peringatan (tidak menghalangi):",
  reloadFailed:
    "Pengetahuan TIDAK dimuat ulang karena ada {count} galat. Bot tetap memakai versi {version} ({entries} butir).",
  versionTitle: "Versi pengetahuan",
  versionHash: "Versi (sidik isi): {version}",
  versionLoadedAt: "Dimuat: {loadedAt}",
  versionEntries: "Jumlah butir: {entries}",
  versionFiles: "Berkas: {files}",
  versionSources: "Sumber:",
  terminalReloaded: "[pengetahuan dimuat ulang: {entries} butir, versi {version}]",
  terminalRejected: "[perubahan pengetahuan ditolak; versi {version} tetap dipakai]",
  problemsNotice:
    "Perubahan pengetahuan ditolak; bot tetap memakai versi {version}. Perbaiki lalu simpan lagi (atau jalankan npm run knowledge:check):",
  moreProblems: "… dan {count} masalah lain.",
  removedServed:
    "Pengetahuan dimuat ulang (versi {version}), {count} butir DIHAPUS ({before} → {after} butir): {ids}",
  removedHeld:
    "Perubahan pengetahuan DITAHAN: {count} dari {before} butir akan hilang ({ids}). Bot tetap memakai versi lama. Bila penghapusan ini memang disengaja, ketik /muatulang untuk memuatnya; bila tidak, periksa berkasnya (mungkin terpotong saat disimpan).",
  reloadRemoved: "Butir yang dihapus: {ids}",
  terminalRemoved: "[pengetahuan: {count} butir dihapus: {ids}{held}]",
  terminalHeld: "; DITAHAN, bot tetap memakai versi lama",
  gapsTitle: "Pertanyaan warga yang belum terjawab ({days} hari terakhir), paling sering dulu:",
  gapsEmpty: "Tidak ada pertanyaan yang belum terjawab dalam {days} hari terakhir.",
  gapsLine: "{rank}. {count}× {label}",
  gapsDetail: "terakhir {lastAskedAt}; {kinds}",
  gapsUnknown: "kata yang belum dikenal: {terms}",
  gapsAlso: "juga ditanyakan: {others}",
  gapsFooter:
    "{groups} kelompok, {open} pertanyaan belum terjawab. {resolved} pertanyaan lain kini sudah terjawab oleh pengetahuan dan tidak ditampilkan.",
  gapsMore: "Lihat semuanya dengan: npm run knowledge:gaps",
} as const;

/** Replaces `{name}` placeholders with values. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

const jakarta = tz("Asia/Jakarta");

/** "28 November 2026 pukul 18.37 WIB": a moment shown to staff, in Asia/Jakarta. */
export function formatJakartaTime(date: Date): string {
  return `${format(date, "d MMMM yyyy 'pukul' HH.mm", { locale: id, in: jakarta })} WIB`;
}
