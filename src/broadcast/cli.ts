import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config.js";
import { openDatabase } from "../storage/db.js";
import {
  createJobRepo,
  createSubscriberRepo,
  fill,
  formatWib,
  MAX_MESSAGE_LENGTH,
  parseWibTime,
  renderAnnouncement,
  broadcastStrings as S,
} from "./index.js";

const usage =
  'Pemakaian: npm run broadcast -- --text "isi pengumuman" | --file berkas.txt [--at "besok 08:00"] [--again]';

/** Where the command writes its Indonesian messages. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/**
 * `npm run broadcast -- --text "..."` or `--file pengumuman.txt` [--at "besok 08:00"] [--again]:
 * enqueues an announcement in the database under DATA_DIR; the running bot's worker delivers it exactly
 * like one confirmed with "Kirim". Running the same command twice the same day does not queue it twice
 * (the idempotency key is the text, the time and the day) unless --again is given. Returns the exit code
 * (0 ok, 2 bad input or configuration).
 */
export function runBroadcastCli(
  argv: string[],
  env: Record<string, string | undefined>,
  console: CliOutput,
  now: Date = new Date(),
): number {
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: argv,
      options: {
        text: { type: "string" },
        file: { type: "string" },
        at: { type: "string" },
        again: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    });
  try {
    args = parse();
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    console.log(usage);
    return 0;
  }
  if ((v.text === undefined) === (v.file === undefined)) {
    console.error(`Isi salah satu: --text atau --file.\n${usage}`);
    return 2;
  }
  let body: string;
  try {
    body = (v.text ?? readFileSync(v.file ?? "", "utf8")).trim();
  } catch (err) {
    console.error(`Berkas tidak dapat dibaca: ${(err as Error).message}`);
    return 2;
  }
  if (!body) {
    console.error("Teks pengumuman kosong.");
    return 2;
  }
  let scheduledAt: Date | undefined;
  if (v.at) {
    scheduledAt = parseWibTime(v.at, now);
    if (!scheduledAt) {
      console.error(fill(S.badTime, { time: v.at }));
      return 2;
    }
    if (scheduledAt.getTime() <= now.getTime()) {
      console.error(fill(S.pastTime, { time: formatWib(scheduledAt) }));
      return 2;
    }
  }
  const message = renderAnnouncement(body);
  if (message.text.length > MAX_MESSAGE_LENGTH) {
    console.error(fill(S.tooLongAnnouncement, { length: message.text.length, max: MAX_MESSAGE_LENGTH }));
    return 2;
  }

  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    return 2;
  }
  const db = openDatabase(config.dataDir);
  try {
    const day = now.toISOString().slice(0, 10);
    const digest = createHash("sha256")
      .update(`${body}\n${scheduledAt?.toISOString() ?? "now"}\n${day}${v.again ? `\n${now.getTime()}` : ""}`)
      .digest("hex")
      .slice(0, 24);
    const jobs = createJobRepo(db);
    const { job, created } = jobs.create({
      idemKey: `cli:${digest}`,
      message,
      now,
      scheduledAt,
      status: "queued",
    });
    if (!created) {
      console.log(fill(S.cliDuplicate, { id: job.id }));
      return 0;
    }
    const count = createSubscriberRepo(db).countActive();
    console.log(fill(S.cliQueued, { id: job.id, count }));
    if (scheduledAt) console.log(fill(S.confirmedScheduled, { id: job.id, when: formatWib(scheduledAt) }));
    return 0;
  } finally {
    db.close();
  }
}
