import { spawn } from "node:child_process";
import { join } from "node:path";
import type { FakeBotApi } from "./fakeBotApi.js";

/** The repository root (where `npm start` runs). */
export const ROOT = join(import.meta.dirname, "../..");

/**
 * npm start's entry (src/main.ts) as a child process, long polling `api` with `dataDir` and the shipped
 * knowledge, logging nothing, no admins, no webhook; `env` adds or overrides variables.
 */
export function startBotProcess(api: FakeBotApi, dataDir: string, env: Record<string, string> = {}) {
  return spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/main.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: join(ROOT, "knowledge"),
      LOG_LEVEL: "silent",
      ADMIN_IDS: "",
      WEBHOOK_URL: "",
      ...env,
    },
  });
}
