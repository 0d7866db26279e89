import pino, { type Logger } from "pino";

export type { Logger };

/**
 * One structured logger for the process. Callers receive it as a dependency; nothing imports a global.
 * The bot token is redacted wherever it could appear (URLs of Telegram calls carry it).
 */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["token", "*.token", "config.botToken"], censor: "[redacted]" },
      hooks: {
        logMethod(args, method) {
          // Telegram errors include the request URL: /bot<TOKEN>/method. Never let it reach a log line.
          const scrub = (v: unknown) =>
            typeof v === "string" ? v.replace(/bot\d+:[A-Za-z0-9_-]+/g, "bot[redacted]") : v;
          method.apply(this, args.map(scrub) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** A logger that writes nothing, for tests and for CLIs that print their own output. */
export const silentLogger: Logger = pino({ level: "silent" });
