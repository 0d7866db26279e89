import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBroadcastCli } from "../../src/broadcast/cli.js";
import { createJobRepo } from "../../src/broadcast/index.js";
import { openDatabase } from "../../src/storage/db.js";

const dir = mkdtempSync(join(tmpdir(), "bc-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const root = join(import.meta.dirname, "../..");
const env = { DATA_DIR: dir };

function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runBroadcastCli(args, env, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run broadcast", () => {
  it("enqueues a job once, from --text or --file, and rejects bad input with exit code 2", () => {
    const first = cli("--text", "Pelayanan KTP libur");
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Pengumuman #1 masuk antrean untuk 0 pelanggan/);
    expect(cli("--text", "Pelayanan KTP libur").out).toMatch(/sudah ada di antrean/);
    expect(cli("--text", "Pelayanan KTP libur", "--again").out).toMatch(/#2 masuk antrean/);
    const file = join(dir, "p.txt");
    writeFileSync(file, "Dari berkas\n");
    expect(cli("--file", file, "--at", "2099-01-02 07:00").out).toMatch(
      /dijadwalkan Jumat, 2 Januari 2099 pukul 07\.00 WIB/,
    );
    expect(cli("--at", "besok 08:00").code).toBe(2);
    expect(cli("--text", "a", "--file", file).code).toBe(2);
    expect(cli("--text", "x", "--at", "kapan-kapan").err).toMatch(/tidak saya pahami/);
    expect(cli("--text", "x", "--at", "2020-01-01 08:00").err).toMatch(/sudah lewat/);
    expect(cli("--text", "x".repeat(5000)).err).toMatch(/terlalu panjang/);
    const db = openDatabase(dir);
    const queued = createJobRepo(db).listQueued();
    expect(queued).toHaveLength(3);
    expect(queued.at(-1)?.message.text).toContain("Dari berkas");
    db.close();
  });

  it("the npm script's entry runs the same command", () => {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(root, "src/cli/broadcast.ts"), "--text", "Via npm"],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, BOT_TOKEN: "", WEBHOOK_URL: "" },
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/masuk antrean/);
  });
});
