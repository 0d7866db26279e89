import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";
import { readQuestionSet } from "../support/question-sets.js";
import {
  checkAgainstShipped,
  cleanupDirs,
  knowledgeDir,
  scoreStaffSet,
  shippedFiles,
  staffActionableErrors,
} from "./helpers.js";

/**
 * The third staff role-play (test/fixtures/umkm-digital): a training-and-catalogue file written from the
 * article and the shipped file's header only, which never reached VALID in three rounds (1, 23, 7, 9
 * errors). Dropped in unchanged, every error must say what to change in that file (or that the answer
 * it now gets may be allowed there); fixed.yaml is first-version.yaml changed only as those messages
 * asked (one round), and must be valid, answer >= 90% of its questions and decline >= 90% of the rest.
 */
const FIXTURE = "test/fixtures/umkm-digital";
const NOW = new Date("2026-11-29T05:00:00Z");
const FILE = "pelatihan-umkm-digital.yaml";

afterAll(cleanupDirs);

function withShipped(file: string): string {
  return knowledgeDir({ ...shippedFiles(), [FILE]: readFileSync(`${FIXTURE}/${file}`, "utf8") });
}

const check = (dir: string) => checkAgainstShipped(dir, NOW);

const rows = readQuestionSet(`${FIXTURE}/questions.tsv`);

function engineOf(dir: string) {
  const loaded = loadKnowledgeDir(dir);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return createEngine(loaded.knowledge);
}

/** In-scope answered right and out-of-scope declined, over shipped + the file (the evaluation's rule). */
const score = (dir: string) => scoreStaffSet(dir, rows, NOW);

interface FileEntry {
  id: string;
  keywords?: string[];
  questions?: string[];
  izinkan?: string[];
}
const entriesOf = (file: string): Map<string, FileEntry> =>
  new Map(
    (parse(readFileSync(`${FIXTURE}/${file}`, "utf8")) as { entries: FileEntry[] }).entries.map((e) => [
      e.id,
      e,
    ]),
  );
const newIds = [...entriesOf("first-version.yaml").keys()];

describe("the UMKM training file written by staff from the header alone", () => {
  it("dropped in unchanged: every error is located in a file staff edit and says what to change there", {
    timeout: 180_000,
  }, () => {
    const { code, lines } = check(withShipped("first-version.yaml"));
    expect(code).toBe(1);
    // Never a team set staff cannot open; what staff do first is theirs, never "report to the developers"
    // (only when the answer is wrong and every change of theirs was tried without effect: "Bila SALAH").
    for (const { advice } of staffActionableErrors(lines)) {
      // Nothing untried is asked after "removing it did not help" (the bus role-play's chasing complaint).
      expect(advice, advice).not.toMatch(
        /tidak membuat bot menolaknya \(sudah dicoba\); jangan izinkan jawaban yang salah: ganti/,
      );
      // Every entry the advice asks to change is one of the new file's.
      const named = [...advice.matchAll(/(?:\bke|\bdari|\bdi) butir "([^"]+)"/g)].map((m) => m[1] as string);
      for (const id of named) expect(newIds, `${id} in: ${advice}`).toContain(id);
      // A fix is one that was tried, or the izinkan line to write in the new file.
      expect(advice).toMatch(/sudah dicoba: setelah itu|izinkan: \[/);
      if (/izinkan: \[/.test(advice))
        expect(advice).toMatch(new RegExp(`${FILE}:\\d+\\) baris: izinkan: \\[`));
    }
    const text = lines.join("\n");
    // A target shared by both cities may be written without an owner: no error about it.
    expect(text).not.toMatch(/owner/);
    // Counts of UMKM in a city are not the training's participants: declined, so no error about them.
    expect(text).not.toMatch(/"Ada berapa UMKM di Kota Madiun\?" kini dijawab/);
    expect(text).not.toMatch(/"berapa jumlah UMKM di kota madiun" kini dijawab/);
    // Questions about another person's or sector's target are not the catalogue's.
    expect(text).not.toMatch(/"vinanda targetin apa buat kediri di 2027\?" kini dijawab/);
    expect(text).not.toMatch(/"TARGET PARIWISATA KEDIRI 2027 OPO" kini dijawab/);
    // Where the new answer is right, the advice says how to allow it in the staff's own file.
    const peserta = lines.findIndex((l) =>
      l.includes('"jumlah peserta?" kini dijawab butir "pelatihan-umkm-peserta"'),
    );
    expect(lines[peserta + 1]).toMatch(
      /Bila BENAR: tambahkan di butir itu \(\S+pelatihan-umkm-digital\.yaml:\d+\)/,
    );
  });

  it("fixed.yaml changes only what the first check's messages asked", { timeout: 180_000 }, () => {
    const { lines } = check(withShipped("first-version.yaml"));
    const advice = lines.filter((l) => l.startsWith("    saran: ")).join("\n");
    const before = entriesOf("first-version.yaml");
    const after = entriesOf("fixed.yaml");
    expect([...after.keys()]).toEqual([...before.keys()]);
    const edits: string[] = [];
    for (const [id, was] of before) {
      const now = after.get(id) as FileEntry;
      for (const k of was.keywords ?? []) {
        if (now.keywords?.includes(k)) continue;
        edits.push(k);
        expect(advice).toContain(`hapus kata kunci "${k}" dari butir "${id}" (sudah dicoba: `);
      }
      for (const k of now.keywords ?? []) {
        if (was.keywords?.includes(k)) continue;
        edits.push(k);
        expect(advice).toContain(`tambahkan kata kunci "${k}" ke butir "${id}" (sudah dicoba: `);
      }
      for (const q of was.questions ?? []) {
        if (now.questions?.includes(q)) continue;
        edits.push(q);
        expect(advice).toContain(
          `hapus (atau ubah) pertanyaan contoh "${q}" di butir "${id}" (sudah dicoba: `,
        );
      }
      expect(now.questions?.filter((q) => !was.questions?.includes(q)) ?? []).toEqual([]);
      for (const q of now.izinkan ?? []) {
        edits.push(q);
        expect(advice).toContain(`baris: izinkan: [${JSON.stringify(q)}]`);
      }
    }
    expect(edits.length).toBeGreaterThan(0);
  });

  it("fixed as its messages asked: valid, >= 95% answered and >= 95% declined (issue 9), no existing answer taken", {
    timeout: 180_000,
  }, () => {
    const dir = withShipped("fixed.yaml");
    const { code, lines } = check(dir);
    expect(code, lines.join("\n")).toBe(0);
    // Only questions staff allowed (izinkan) changed hands; no question of the team's sets moved.
    expect(
      lines.filter((l) => /galat|peringatan/.test(l) && /kini dijawab butir|kini ditolak/.test(l)),
    ).toEqual([]);
    const s = score(dir);
    expect(s.inScope / s.inTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(s.declined / s.outTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("answers what the article says and declines what it does not, whatever the file's wording", () => {
    const engine = engineOf(withShipped("first-version.yaml"));
    const ask = (q: string) => engine.answer(q, { now: NOW });
    // The training article does not say whether the mayor came, nor a registration fee.
    expect(ask("Apakah Wali Kota Maidi hadir di pelatihan UMKM?").answered).toBe(false);
    expect(ask("Berapa biaya mendaftarkan produk di Etalase Dua Kota?").answered).toBe(false);
    // A target is not how many there are now; nor the city's own anniversary the catalogue's.
    expect(ask("Sudah berapa produk yang terdaftar di katalog?").answered).toBe(false);
    expect(ask("Kapan Hari Jadi Kota Madiun?").answered).toBe(false);
    expect(ask("Ada berapa UMKM di Kota Madiun?").answered).toBe(false);
    // The participants' count, by city.
    expect(ask("berapa UMKM dari kota kediri yg ikut pelatihan?").text).toContain("75");
    expect(ask("Berapa UMKM yang ikut pelatihan digital?").text).toContain("150");
    // The agreement's own 2027 target keeps answering "target 2027?".
    expect(ask("target 2027?").entryIds[0]).toBe("target-2027");
  });
});

describe("npm run ask with a folder that does not load", () => {
  it("answers from the last good copy the bot keeps, like the bot, and says so on stderr", () => {
    const broken = withShipped("first-version.yaml");
    writeFileSync(join(broken, FILE), `${readFileSync(join(broken, FILE), "utf8")}\n  - id: [rusak\n`);
    const data = knowledgeDir({});
    const copy = join(data, "pengetahuan-terakhir");
    mkdirSync(copy);
    for (const f of ["kerja-sama-madiun-kediri.yaml", "tolak.yaml"])
      writeFileSync(join(copy, f), readFileSync(join("knowledge", f), "utf8"));
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", "--json", "--now", "2026-11-29"], {
        input: "kapan kerja sama diteken?\n",
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, KNOWLEDGE_DIR: broken, ...env },
      });
    const served = run({ DATA_DIR: data });
    expect(served.status, served.stderr).toBe(0);
    expect(served.stderr).toMatch(/tidak valid .*versi terakhir yang benar/);
    expect(served.stderr).toMatch(/galat/);
    expect((JSON.parse(served.stdout) as { text: string }).text).toContain("13 Januari 2026");
    // No copy: the bot would not start either; the same error, exit 1.
    const none = run({ DATA_DIR: knowledgeDir({}) });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/Berkas pengetahuan tidak valid/);
  }, 60_000);
});
