import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { config as loadDotenv } from "dotenv";
import { reconcileAfterRestore } from "../broadcast/reconcile.js";
import { backupTakenAt, copyBackupIntoPlace, moveDatabaseAside } from "../storage/backup.js";
import { type Db, openDatabase } from "../storage/db.js";
import { DataDirBusyError, lockDataDir } from "../storage/lock.js";
import { type CliOutput, configOrReport } from "./backup.js";
import { isMain } from "./is-main.js";

const usage = "Pemakaian: npm run restore -- <berkas-cadangan.sqlite> [--resend-unknown]";

/**
 * `npm run restore -- <backup> [--resend-unknown]`, with the bot stopped: moves the current database aside
 * (`bot.sqlite.before-restore-<stamp>`), puts the backup in its place (migrated to the current schema),
 * and makes the broadcast record safe to resume (see reconcileAfterRestore): with the old database still
 * readable, what it says was sent is kept, so nobody gets a second copy; announcements it cannot vouch for
 * are not resent unless --resend-unknown. Returns the exit code (0 ok, 1 failed, 2 bad input / bot running).
 */
export async function runRestoreCli(
  argv: string[],
  env: Record<string, string | undefined>,
  out: CliOutput,
  now = new Date(),
): Promise<number> {
  let file: string | undefined;
  let resendUnknown = false;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { "resend-unknown": { type: "boolean" }, help: { type: "boolean" } },
      allowPositionals: true,
    });
    if (values.help) {
      out.log(usage);
      return 0;
    }
    file = positionals[0];
    resendUnknown = values["resend-unknown"] ?? false;
  } catch (err) {
    out.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  if (!file) {
    out.error(usage);
    return 2;
  }
  if (!existsSync(file)) {
    out.error(`Berkas cadangan tidak ditemukan: ${file}`);
    return 2;
  }
  const config = configOrReport(env, out);
  if (!config) return 2;
  let takenAt: string | undefined;
  try {
    const b = new Database(file, { readonly: true, fileMustExist: true });
    try {
      if (b.pragma("quick_check", { simple: true }) !== "ok") throw new Error("berkas rusak");
      b.prepare("SELECT COUNT(*) FROM broadcast_jobs").get();
      takenAt = backupTakenAt(b);
    } finally {
      b.close();
    }
  } catch (err) {
    out.error(`${file} bukan cadangan basis data bot yang utuh (${(err as Error).message}).`);
    return 2;
  }

  let lock: Awaited<ReturnType<typeof lockDataDir>>;
  try {
    lock = await lockDataDir(config.dataDir, { waitMs: 0 });
  } catch (err) {
    if (!(err instanceof DataDirBusyError)) throw err;
    out.error(`${err.message}\nHentikan bot dulu, lalu ulangi pemulihan.`);
    return 2;
  }
  let newer: Db | undefined;
  let restored: Db | undefined;
  let aside: string | undefined;
  try {
    aside = moveDatabaseAside(config.dataDir, now);
    if (aside) {
      try {
        newer = new Database(aside, { readonly: true, fileMustExist: true });
        if (newer.pragma("quick_check", { simple: true }) !== "ok") throw new Error("rusak");
        newer.prepare("SELECT COUNT(*) FROM broadcast_jobs").get();
        out.log(`Basis data lama disimpan sebagai ${aside}; catatan siarannya dipakai.`);
      } catch {
        newer?.close();
        newer = undefined;
        out.log(
          `Basis data lama disimpan sebagai ${aside}, tetapi tidak terbaca; catatan siarannya tidak dipakai.`,
        );
      }
    }
    await copyBackupIntoPlace(file, config.dataDir);
    restored = openDatabase(config.dataDir);
    const r = reconcileAfterRestore(restored, newer, { resendUnknown, takenAt, now });
    out.log(`Cadangan ${takenAt ? `dari ${takenAt} ` : ""}dipulihkan ke ${config.dataDir}.`);
    if (r.fromNewer || r.added)
      out.log(
        `Catatan siaran dari basis data lama: ${r.fromNewer} siaran diperbarui, ${r.added} siaran setelah cadangan ditambahkan.`,
      );
    if (r.unknownSkipped || r.heldJobs.length)
      out.log(
        `${r.unknownSkipped} pengiriman tidak diketahui (mungkin sudah terkirim setelah cadangan) dan TIDAK dikirim ulang` +
          (r.heldJobs.length ? `; siaran #${r.heldJobs.join(", #")} dihentikan` : "") +
          ". Kirim ulang dengan /umumkan bila perlu.",
      );
    if (r.toResume) out.log(`${r.toResume} pengiriman yang belum terkirim dilanjutkan saat bot dimulai.`);
    if (r.repliesDropped) out.log(`${r.repliesDropped} balasan lama dari cadangan tidak dikirim ulang.`);
    return 0;
  } catch (err) {
    out.error(
      `Pemulihan gagal: ${(err as Error).message}` +
        (aside
          ? `\nBasis data sebelumnya ada di ${aside}; ganti namanya kembali menjadi bot.sqlite bila perlu.`
          : ""),
    );
    return 1;
  } finally {
    newer?.close();
    restored?.close();
    lock.release();
  }
}

if (isMain(import.meta.url)) {
  loadDotenv({ quiet: true });
  process.exitCode = await runRestoreCli(process.argv.slice(2), process.env, console);
}
