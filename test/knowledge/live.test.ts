import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import type { Engine } from "../../src/engine/types.js";
import { KnowledgeLoadError, type LiveKnowledge } from "../../src/knowledge/live.js";
import { ParseCache, parseKnowledgeFiles } from "../../src/knowledge/load.js";
import type { KnowledgeProblem } from "../../src/knowledge/problem.js";
import {
  cleanupDirs,
  closeOpenedLive,
  knowledgeDir,
  openTrackedLive,
  until,
  VALID_YAML,
  validWith,
} from "./helpers.js";

const NOW = { now: new Date("2026-11-28T05:00:00Z") };
const V1_ANSWER = "Sektornya antara lain tata kelola pemerintahan, ekonomi dan UMKM, serta pariwisata.";
const V2 = validWith(V1_ANSWER, "VERSI DUA, sektornya ekonomi, UMKM dan pariwisata.").replace(
  "outlet: Media Uji",
  "outlet: Media Dua",
);
const BROKEN = validWith("date: 2026-01-13", "date: 2026-02-31");

afterEach(async () => {
  await closeOpenedLive();
  cleanupDirs();
});

function open(dir: string, onProblems?: (p: KnowledgeProblem[]) => void): LiveKnowledge {
  return openTrackedLive({
    dir,
    build: createEngine,
    debounceMs: 50,
    settleMs: 250,
    ...(onProblems ? { onProblems } : {}),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("LiveKnowledge: reload keeps the last good knowledge", () => {
  it("refuses to start on invalid knowledge, with the problems", () => {
    const dir = knowledgeDir({ "k.yaml": BROKEN });
    expect(() => open(dir)).toThrow(KnowledgeLoadError);
    try {
      open(dir);
    } catch (e) {
      expect((e as KnowledgeLoadError).problems[0]?.message).toMatch(/2026-02-31/);
      expect((e as Error).message).toMatch(/k\.yaml:\d+:\d+: galat/);
    }
  });

  it("starts on the last good copy when the folder does not load, reports why, and still follows the folder", async () => {
    const dir = knowledgeDir({ "k.yaml": BROKEN });
    const copy = knowledgeDir({ "k.yaml": VALID_YAML });
    const told: KnowledgeProblem[][] = [];
    const live = openTrackedLive({
      dir,
      build: createEngine,
      debounceMs: 50,
      settleMs: 250,
      fallbackDir: copy,
      snapshotDir: copy,
      onProblems: (p) => {
        told.push(p);
      },
    });
    // The copy serves: the same answers as the valid knowledge, and the folder's problems are told.
    expect(live.current().answer("sektor apa saja?", NOW).text).toContain(V1_ANSWER);
    expect(live.startProblems()?.[0]?.message).toMatch(/2026-02-31/);
    await until(() => told.length > 0);
    expect(told[0]?.[0]?.message).toMatch(/2026-02-31/);
    // The copy is not overwritten with the broken folder's files.
    expect(readFileSync(join(copy, "k.yaml"), "utf8")).toBe(VALID_YAML);
    // Fixing the folder is picked up as usual.
    writeFileSync(join(dir, "k.yaml"), V2);
    expect((await live.reload()).ok).toBe(true);
    expect(live.current().answer("sektor apa saja?", NOW).text).toContain("VERSI DUA");
    expect(live.startProblems()).toBeDefined();
  });

  it("an invalid change keeps the old engine serving; a valid one swaps it in", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    const first = live.current();
    const v1 = live.info().version;

    writeFileSync(join(dir, "k.yaml"), BROKEN);
    const bad = await live.reload();
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.message).join()).toMatch(/2026-02-31/);
    expect(live.current()).toBe(first);
    expect(live.info().version).toBe(v1);
    expect(live.current().answer("Apa saja sektor kerja samanya?", NOW).text).toContain(V1_ANSWER);

    writeFileSync(join(dir, "k.yaml"), V2);
    const good = await live.reload();
    expect(good).toMatchObject({ ok: true, changed: true });
    expect(live.current()).not.toBe(first);
    expect(live.info().version).not.toBe(v1);
    expect(live.info().entries).toBe(3);
    expect(live.current().answer("Apa saja sektor kerja samanya?", NOW).text).toContain("VERSI DUA");

    const again = await live.reload();
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it("a deleted folder or an engine that fails to build also keeps the last good one", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    let fail = false;
    const live = openTrackedLive({
      dir,
      build: (k) => {
        if (fail) throw new Error("index rusak");
        return createEngine(k);
      },
    });
    const first = live.current();
    writeFileSync(join(dir, "k.yaml"), V2);
    fail = true;
    const r = await live.reload();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/mesin penjawab gagal dibangun.*index rusak/);
    expect(live.current()).toBe(first);
    rmSync(dir, { recursive: true, force: true });
    fail = false;
    expect((await live.reload()).ok).toBe(false);
    expect(live.current()).toBe(first);
  });
});

describe("LiveKnowledge: cheap reloads", () => {
  it("a comment-only save changes nothing and builds no engine", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    let builds = 0;
    const live = openTrackedLive({
      dir,
      build: (k) => {
        builds++;
        return createEngine(k);
      },
    });
    const first = live.current();
    writeFileSync(join(dir, "k.yaml"), `# catatan staf\n${VALID_YAML}`);
    expect(await live.reload()).toMatchObject({ ok: true, changed: false });
    expect(builds).toBe(1);
    expect(live.current()).toBe(first);
  });

  it("the parse cache re-parses only files whose content changed", () => {
    const cache = new ParseCache();
    const extra = { path: "b.yaml", content: "entries: []\n" };
    const a = { path: "a.yaml", content: VALID_YAML };
    const seen = new Set<string>();
    const first = cache.parse(a, seen);
    expect(cache.parse({ ...a }, seen)).toBe(first);
    expect(cache.parse({ path: "a.yaml", content: V2 }, seen)).not.toBe(first);
    cache.parse(extra, seen);
    const r1 = parseKnowledgeFiles([a, extra], { cache });
    const r2 = parseKnowledgeFiles([a, { ...extra, content: "entries: []\n# ubah\n" }], { cache });
    expect(r1.ok && r2.ok && r1.knowledge.version === r2.knowledge.version).toBe(true);
  });
});

describe("LiveKnowledge: atomic swap under concurrent questions", () => {
  it("every question is answered wholly by one version while versions swap underneath", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    const versions = new Map<string, "v1" | "v2">([[live.info().version, "v1"]]);
    const seen = { v1: 0, v2: 0 };
    let stop = false;
    const errors: string[] = [];

    // A question handler: takes the engine once, then is "in flight" across timers while reloads happen.
    async function handler(i: number): Promise<void> {
      const engine: Engine = live.current();
      await sleep(i % 3);
      const a = engine.answer("Apa saja sektor kerja samanya?", NOW);
      const fromText = a.text.includes("VERSI DUA") ? "v2" : "v1";
      const fromSource = a.sources[0]?.outlet === "Media Dua" ? "v2" : "v1";
      const fromEngine = versions.get(engine.knowledge.version);
      if (fromText !== fromSource || fromText !== fromEngine)
        errors.push(`${i}: ${fromText}/${fromSource}/${fromEngine}`);
      seen[fromText]++;
    }

    const swapper = (async () => {
      for (let round = 0; round < 12; round++) {
        writeFileSync(join(dir, "k.yaml"), round % 2 === 0 ? V2 : VALID_YAML);
        const r = await live.reload();
        if (r.ok) versions.set(r.info.version, round % 2 === 0 ? "v2" : "v1");
        await sleep(3);
      }
      stop = true;
    })();
    const askers = (async () => {
      let i = 0;
      while (!stop) {
        await Promise.all(Array.from({ length: 20 }, () => handler(i++)));
      }
    })();
    await Promise.all([swapper, askers]);
    expect(errors).toEqual([]);
    expect(seen.v1).toBeGreaterThan(0);
    expect(seen.v2).toBeGreaterThan(0);
  });

  it("a question that took the engine before a swap finishes on the old one", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    const inFlight = live.current();
    writeFileSync(join(dir, "k.yaml"), V2);
    await live.reload();
    expect(inFlight.answer("Apa saja sektor kerja samanya?", NOW).text).toContain(V1_ANSWER);
    expect(live.current().answer("Apa saja sektor kerja samanya?", NOW).text).toContain("VERSI DUA");
  });
});

describe("LiveKnowledge: watching the folder", () => {
  it("picks up a valid save by itself", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    await live.watch();
    const v1 = live.info().version;
    writeFileSync(join(dir, "k.yaml"), V2);
    await until(() => live.info().version !== v1);
    expect(live.current().answer("Apa saja sektor kerja samanya?", NOW).text).toContain("VERSI DUA");
  });

  it("a new file added to the folder is merged in", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const live = open(dir);
    await live.watch();
    writeFileSync(
      join(dir, "tambahan.yaml"),
      "entries:\n  - id: anggaran\n    topic: Anggaran\n    answer: Anggaran belum diumumkan.\n    source: berita-uji\n    answers: [definition]\n    questions: [Berapa anggaran kerja sama?]\n    keywords: [anggaran, biaya, dana]\n",
    );
    await until(() => live.info().entries === 4);
    expect(live.info().files.map((f) => f.split("/").pop())).toEqual(["k.yaml", "tambahan.yaml"]);
  });

  it("an invalid save is reported once per distinct problem and keeps serving", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const reports: KnowledgeProblem[][] = [];
    const live = open(dir, (p) => reports.push(p));
    await live.watch();
    const first = live.current();

    writeFileSync(join(dir, "k.yaml"), BROKEN);
    await until(() => reports.length === 1);
    expect(reports[0]?.map((p) => p.message).join()).toMatch(/2026-02-31/);
    expect(live.current()).toBe(first);

    // Saving the same mistake again (even moved down by new lines above it) does not nag the admins.
    writeFileSync(join(dir, "k.yaml"), `# catatan baru\n# baris lain\n${BROKEN}`);
    await sleep(900);
    expect(reports).toHaveLength(1);

    // A second, different mistake is reported alone.
    writeFileSync(join(dir, "k.yaml"), BROKEN.replace("date: 2026-01-14", "date: 2026-04-31"));
    await until(() => reports.length === 2);
    expect(reports[1]?.map((p) => p.message)).toEqual([
      'tanggal "2026-04-31" tidak ada di kalender: April 2026 hanya sampai tanggal 30',
    ]);

    // Fixed: swapped in. The same mistake coming back later is reported again.
    writeFileSync(join(dir, "k.yaml"), V2);
    await until(() => live.current() !== first);
    writeFileSync(join(dir, "k.yaml"), BROKEN);
    await until(() => reports.length === 3);
    expect(live.current().answer("Apa saja sektor kerja samanya?", NOW).text).toContain("VERSI DUA");
  });

  it("editors that save by rename or in several steps cause no spurious errors", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const reports: KnowledgeProblem[][] = [];
    const live = open(dir, (p) => reports.push(p));
    await live.watch();
    const path = join(dir, "k.yaml");

    // 1. Write a temp file, then rename it over the original (VS Code, gedit, many others).
    writeFileSync(join(dir, ".k.yaml.tmp"), V2);
    renameSync(join(dir, ".k.yaml.tmp"), path);
    await until(() =>
      live.current().answer("Apa saja sektor kerja samanya?", NOW).text.includes("VERSI DUA"),
    );

    // 2. Truncate, then write in pieces with pauses (editors and sync tools that stream the file).
    const v = live.info().version;
    writeFileSync(path, "");
    await sleep(80);
    writeFileSync(path, VALID_YAML.slice(0, 300));
    await sleep(80);
    writeFileSync(path, VALID_YAML);
    await until(() => live.info().version !== v);

    // 3. Move the original away as a backup, then write the new file (vim without backupcopy).
    const v2 = live.info().version;
    renameSync(path, join(dir, "k.yaml~"));
    await sleep(30);
    writeFileSync(path, V2);
    await until(() => live.info().version !== v2);

    await sleep(700);
    expect(reports).toEqual([]);
    expect(live.info().files).toHaveLength(1);
  });
});
