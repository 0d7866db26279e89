import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real entry point (src/main.ts) started with BOT_TOKEN and a DATA_DIR it cannot use. As root a
 * permission bit stops nobody, so then the bot runs as the unprivileged user "nobody" (uid 65534).
 */
const asRoot = process.getuid?.() === 0;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "bot-storage-"));
  chmodSync(root, 0o755);
  mkdirSync(join(root, "locked"), { mode: 0o555 });
  chmodSync(join(root, "locked"), 0o555);
  writeFileSync(join(root, "a-file"), "not a folder\n");
  mkdirSync(join(root, "garbage"), { mode: 0o777 });
  writeFileSync(join(root, "garbage", "bot.sqlite"), "this is not an SQLite database ".repeat(200));
  mkdirSync(join(root, "readonly"));
  chmodSync(join(root, "readonly"), 0o777);
  const db = new Database(join(root, "readonly", "bot.sqlite"));
  db.exec("CREATE TABLE t (x)");
  db.close();
  chmodSync(join(root, "readonly", "bot.sqlite"), 0o444);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function startBot(dataDir: string) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: root,
      BOT_TOKEN: "7000000001:AAFakeTokenForTestsOnly_0123456789abc",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9",
      DATA_DIR: dataDir,
      KNOWLEDGE_DIR: "knowledge",
      LOG_LEVEL: "silent",
    },
    encoding: "utf8",
    timeout: 60_000,
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
}

describe("storage errors at start-up", () => {
  it.each([
    ["a folder the bot cannot write", "locked", /tidak bisa ditulis/],
    ["a folder the bot cannot create", "locked/sub", /tidak bisa ditulis/],
    ["a file instead of a folder", "a-file", /bukan folder/],
    ["a garbage database file", "garbage", /rusak atau bukan basis data SQLite/],
    ["a read-only database file", "readonly", /hanya bisa dibaca/],
  ])(
    "DATA_DIR is %s: a clear Indonesian message naming DATA_DIR, exit code 1, no stack",
    (_what, dir, said) => {
      const r = startBot(join(root, dir));
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(said);
      expect(r.stderr).toContain(`DATA_DIR=${join(root, dir)}`);
      expect(r.stderr).toContain("Perbaiki:");
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/SqliteError|node:internal/);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    },
  );
});
