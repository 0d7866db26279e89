import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanupDirs, knowledgeDir, VALID_YAML, validWith } from "../knowledge/helpers.js";

/** `npm start` without BOT_TOKEN: the terminal chat over a watched knowledge folder, as a real process. */
const V1 = "Sektornya antara lain tata kelola pemerintahan, ekonomi dan UMKM, serta pariwisata.";
const V2_YAML = validWith(V1, "VERSI DUA, sektornya ekonomi dan pariwisata saja.");

let child: ChildProcessWithoutNullStreams | undefined;
afterEach(() => {
  child?.kill("SIGKILL");
  child = undefined;
  cleanupDirs();
});

function waitFor(read: () => string, pattern: RegExp, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (pattern.test(read())) resolve();
      else if (Date.now() - start > timeoutMs)
        reject(new Error(`timed out waiting for ${pattern}\n${read()}`));
      else setTimeout(tick, 25);
    };
    tick();
  });
}

describe("terminal chat hot reload (real process)", () => {
  it("picks up a valid change, keeps the last good knowledge on an invalid one, says so on stderr", async () => {
    const dir = knowledgeDir({ "kerja-sama.yaml": VALID_YAML });
    child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, BOT_TOKEN: "", KNOWLEDGE_DIR: dir, LOG_LEVEL: "silent" },
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => {
      out += String(d);
    });
    child.stderr.on("data", (d) => {
      err += String(d);
    });
    const exited = new Promise<number | null>((r) => child?.on("exit", (code) => r(code)));
    const ask = (q: string) => child?.stdin.write(`${q}\n`);

    ask("Apa saja sektor kerja samanya?");
    await waitFor(() => out, /tata kelola pemerintahan/);

    writeFileSync(join(dir, "kerja-sama.yaml"), V2_YAML);
    await waitFor(() => err, /\[pengetahuan dimuat ulang: 3 butir, versi [0-9a-f]{12}\]/);
    ask("Apa saja sektor kerja samanya?");
    await waitFor(() => out, /VERSI DUA/);

    writeFileSync(join(dir, "kerja-sama.yaml"), validWith("date: 2026-01-13", "date: 2026-02-31"));
    await waitFor(() => err, /\[perubahan pengetahuan ditolak; versi [0-9a-f]{12} tetap dipakai\]/);
    expect(err).toMatch(/kerja-sama\.yaml:\d+:\d+: galat: .*Februari 2026 hanya sampai tanggal 28/);
    const before = out.length;
    ask("Apa saja sektor kerja samanya?");
    await waitFor(() => out.slice(before), /VERSI DUA/);

    child.stdin.end();
    expect(await exited).toBe(0);
    expect(err).not.toMatch(/\n\s+at |Error:/);
  }, 60_000);
});
