import { join } from "node:path";
import { parseArgs } from "node:util";
import { config as loadDotenv } from "dotenv";
import { type Config, ConfigError, loadConfig } from "../config.js";
import { backupDatabase } from "../storage/backup.js";
import { isMain } from "./is-main.js";

const usage = "Pemakaian: npm run backup [-- --dir folder-cadangan]   (bawaan: DATA_DIR/backups)";

/** Where the command writes its Indonesian messages. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** The validated config, or undefined after writing its problem to `out.error` (the caller exits 2). */
export function configOrReport(env: Record<string, string | undefined>, out: CliOutput): Config | undefined {
  try {
    return loadConfig(env);
  } catch (err) {
    out.error(err instanceof ConfigError ? err.message : String(err));
    return undefined;
  }
}

/**
 * `npm run backup [-- --dir folder]`: an online backup of the database under DATA_DIR (subscribers,
 * broadcast jobs and deliveries, unanswered questions, pending replies) into `bot-<UTC stamp>.sqlite`,
 * safe while the bot runs. Returns the exit code (0 ok, 1 failed, 2 bad input or configuration).
 */
export async function runBackupCli(
  argv: string[],
  env: Record<string, string | undefined>,
  out: CliOutput,
  now = new Date(),
): Promise<number> {
  let dir: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { dir: { type: "string" }, help: { type: "boolean" } },
    });
    if (values.help) {
      out.log(usage);
      return 0;
    }
    dir = values.dir;
  } catch (err) {
    out.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const config = configOrReport(env, out);
  if (!config) return 2;
  try {
    const r = await backupDatabase(config.dataDir, dir ?? join(config.dataDir, "backups"), now);
    out.log(`Cadangan dibuat: ${r.file} (${Math.ceil(r.bytes / 1024)} KB)`);
    out.log(
      `Isi: ${r.counts.subscribers} pelanggan, ${r.counts.broadcast_jobs} siaran (${r.counts.broadcast_deliveries} pengiriman), ${r.counts.unanswered_questions} pertanyaan tak terjawab.`,
    );
    out.log("Pulihkan dengan: npm run restore -- <berkas>   (bot harus dihentikan dulu; lihat README)");
    return 0;
  } catch (err) {
    out.error(`Cadangan gagal dibuat: ${(err as Error).message}. Periksa DATA_DIR (${config.dataDir}).`);
    return 1;
  }
}

if (isMain(import.meta.url)) {
  loadDotenv({ quiet: true });
  process.exitCode = await runBackupCli(process.argv.slice(2), process.env, console);
}
