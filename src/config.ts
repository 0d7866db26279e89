import { z } from "zod";

/**
 * The process environment, validated once at start into one typed object. Every variable is
 * documented in `.env.example`. Nothing else in the code reads `process.env`.
 */
const boolish = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => v === "true" || v === "1" || v === "yes");

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const schema = z.object({
  BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[A-Za-z0-9_-]{20,}$/.test(v), {
    message: "BOT_TOKEN tidak berbentuk token bot Telegram (angka:kode dari @BotFather)",
  }),
  TELEGRAM_API_ROOT: optionalString.refine((v) => v === undefined || /^https?:\/\//.test(v), {
    message: "TELEGRAM_API_ROOT harus berupa URL http(s)",
  }),
  WEBHOOK_URL: optionalString.refine((v) => v === undefined || /^https:\/\//.test(v), {
    message: "WEBHOOK_URL harus berupa URL https",
  }),
  WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), {
    message: "WEBHOOK_SECRET hanya boleh huruf, angka, _ dan -, maksimal 256 karakter",
  }),
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  ADMIN_IDS: optionalString.transform((v, ctx) => {
    if (!v) return [] as number[];
    const ids = v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = ids.filter((s) => !/^-?\d+$/.test(s));
    if (bad.length) {
      ctx.addIssue({ code: "custom", message: `ADMIN_IDS berisi nilai bukan angka: ${bad.join(", ")}` });
      return z.NEVER;
    }
    return ids.map(Number);
  }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATA_DIR: z.string().default("./data"),
  KNOWLEDGE_DIR: z.string().default("./knowledge"),
  BROADCAST_RATE: z.coerce.number().positive().max(1000).default(25),
  BROADCAST_PAID: boolish,
  BROADCAST_PAID_RATE: z.coerce.number().positive().max(1000).default(100),
  GAPS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  DATA_DIR_LOCK_WAIT_S: z.coerce.number().min(0).max(600).default(15),
  REPLY_MAX_WAIT_S: z.coerce
    .number()
    .min(1)
    .max(7 * 24 * 3600)
    .default(600),
  TELEGRAM_TIMEOUT_S: z.coerce.number().min(1).max(600).default(30),
  STARTUP_TIMEOUT_S: z.coerce.number().min(1).max(3600).default(60),
  CONVERSATION_QUIET_MINUTES: z.coerce.number().positive().max(1440).default(15),
  CONVERSATION_MAX_CHATS: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
});

export interface Config {
  botToken: string | undefined;
  telegramApiRoot: string | undefined;
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  port: number;
  adminIds: number[];
  logLevel: string;
  dataDir: string;
  knowledgeDir: string;
  broadcastRate: number;
  broadcastPaid: boolean;
  broadcastPaidRate: number;
  gapsRetentionDays: number;
  /** How long a starting bot waits for another bot process to release DATA_DIR before refusing, in s. */
  dataDirLockWaitS: number;
  /** How long a reply keeps waiting out a Telegram outage before the user gets an apology instead, in s. */
  replyMaxWaitS: number;
  /** Deadline of one Bot API call other than the long poll, in s. */
  telegramTimeoutS: number;
  /** How long start-up may wait for Telegram before giving up with a clear message, in s. */
  startupTimeoutS: number;
  /** A conversation quiet this long is forgotten: the next question stands alone. */
  conversationQuietMs: number;
  /** Conversations kept in memory at most (least recently used dropped first). */
  conversationMaxChats: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Konfigurasi tidak valid:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates an environment (normally `process.env` after dotenv) into a Config, or throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".") || "env"}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.WEBHOOK_URL && !e.BOT_TOKEN) throw new ConfigError(["WEBHOOK_URL diisi tetapi BOT_TOKEN kosong"]);
  return {
    botToken: e.BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    webhookUrl: e.WEBHOOK_URL,
    webhookSecret: e.WEBHOOK_SECRET,
    port: e.PORT,
    adminIds: e.ADMIN_IDS,
    logLevel: e.LOG_LEVEL,
    dataDir: e.DATA_DIR,
    knowledgeDir: e.KNOWLEDGE_DIR,
    broadcastRate: e.BROADCAST_RATE,
    broadcastPaid: e.BROADCAST_PAID,
    broadcastPaidRate: e.BROADCAST_PAID_RATE,
    gapsRetentionDays: e.GAPS_RETENTION_DAYS,
    dataDirLockWaitS: e.DATA_DIR_LOCK_WAIT_S,
    replyMaxWaitS: e.REPLY_MAX_WAIT_S,
    telegramTimeoutS: e.TELEGRAM_TIMEOUT_S,
    startupTimeoutS: e.STARTUP_TIMEOUT_S,
    conversationQuietMs: e.CONVERSATION_QUIET_MINUTES * 60_000,
    conversationMaxChats: e.CONVERSATION_MAX_CHATS,
  };
}
