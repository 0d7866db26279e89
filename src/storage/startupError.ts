import { resolve } from "node:path";

/** Indonesian explanations of storage failures at start-up, for the operator reading the console. */
const strings = {
  notWritable:
    "Folder data DATA_DIR={dir} tidak bisa ditulis oleh bot. Perbaiki: beri izin tulis ke folder itu untuk pengguna yang menjalankan bot (misalnya chown atau chmod), atau isi DATA_DIR di .env dengan folder lain yang bisa ditulis.",
  notADirectory:
    "DATA_DIR={dir} bukan folder (sudah ada berkas dengan nama itu). Perbaiki: pindahkan atau ganti nama berkas itu, atau isi DATA_DIR di .env dengan nama folder lain.",
  notADatabase:
    "Berkas basis data {file} (di DATA_DIR={dir}) rusak atau bukan basis data SQLite. Perbaiki: pulihkan berkas itu dari cadangan, atau pindahkan berkas itu ke tempat lain agar bot membuat basis data baru (daftar pelanggan dan pengumuman lama tidak ikut).",
  readOnly:
    "Berkas basis data {file} (di DATA_DIR={dir}) hanya bisa dibaca. Perbaiki: beri izin tulis ke berkas itu dan ke folder DATA_DIR untuk pengguna yang menjalankan bot, atau isi DATA_DIR di .env dengan folder lain.",
  full: "Penyimpanan untuk DATA_DIR={dir} penuh. Perbaiki: kosongkan ruang disk, atau isi DATA_DIR di .env dengan folder di disk lain.",
  other:
    "Basis data di DATA_DIR={dir} tidak bisa dibuka ({reason}). Perbaiki: periksa folder dan berkas {file}, izin tulisnya, dan ruang disk, atau isi DATA_DIR di .env dengan folder lain.",
} as const;

/**
 * A one-paragraph Indonesian message for an error thrown while opening the database under `dataDir`
 * (as openDatabase does at start-up): which problem, which folder (DATA_DIR) and what to do. No stack.
 */
export function storageStartupMessage(err: unknown, dataDir: string): string {
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  const dir = resolve(dataDir);
  const file = resolve(dataDir, "bot.sqlite");
  const template =
    code === "EACCES" || code === "EPERM" || code === "SQLITE_CANTOPEN"
      ? strings.notWritable
      : code === "EEXIST" || code === "ENOTDIR"
        ? strings.notADirectory
        : code === "SQLITE_NOTADB" || code.startsWith("SQLITE_CORRUPT")
          ? strings.notADatabase
          : code.startsWith("SQLITE_READONLY") || code === "EROFS"
            ? strings.readOnly
            : code === "ENOSPC" || code === "SQLITE_FULL"
              ? strings.full
              : strings.other;
  const reason = `${code || "galat"}: ${typeof e.message === "string" ? e.message : String(err)}`.slice(
    0,
    200,
  );
  return template.replaceAll("{dir}", dir).replaceAll("{file}", file).replaceAll("{reason}", reason);
}
