import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runKnowledgeCheck } from "../../src/cli/knowledge-check.js";
import { createEngine } from "../../src/engine/index.js";
import { draftFromArticle } from "../../src/import/index.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";

/** Drafts wait in knowledge/draft/ unserved; knowledge:check --draft checks one beside the live knowledge. */
const SHIPPED = "knowledge/kerja-sama-madiun-kediri.yaml";
const NOW = new Date("2026-11-28T03:00:00Z");
let dir: string;
const draftOf = (article: string) => {
  const live = loadKnowledgeDir(dir);
  if (!live.ok) throw new Error("live knowledge does not load");
  return draftFromArticle(readFileSync(`test/import/articles/${article}.txt`, "utf8"), {
    sourceId: article,
    live: live.knowledge,
  }).draft;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "draft-folder-"));
  copyFileSync(SHIPPED, join(dir, "kerja-sama.yaml"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("knowledge/draft/", () => {
  it("is not served: the bot loads the same entries with or without a draft in it", () => {
    const before = loadKnowledgeDir(dir);
    const draft = draftOf("radio-tanjungmas-nelayan");
    mkdirSync(join(dir, "draft"));
    writeFileSync(join(dir, "draft", "radio.yaml"), draft.yaml);
    const after = loadKnowledgeDir(dir);
    if (!before.ok || !after.ok) throw new Error("does not load");
    expect(after.knowledge.entries.map((e) => e.id)).toEqual(before.knowledge.entries.map((e) => e.id));
    const engine = createEngine(after.knowledge);
    expect(engine.answer("Cak Har itu siapa?", { now: NOW }).answered).toBe(false);
  });

  it("is served once staff move it out of draft/", () => {
    writeFileSync(join(dir, "radio.yaml"), draftOf("radio-tanjungmas-nelayan").yaml);
    const loaded = loadKnowledgeDir(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("\n"));
    const a = createEngine(loaded.knowledge).answer("Cak Har itu siapa?", { now: NOW });
    expect(a.answered).toBe(true);
    expect(a.text).toContain("Harjono Wibisono");
  });

  it("can be loaded beside the live knowledge on request (extraFiles)", () => {
    mkdirSync(join(dir, "draft"));
    const path = join(dir, "draft", "radio.yaml");
    writeFileSync(path, draftOf("radio-tanjungmas-nelayan").yaml);
    const loaded = loadKnowledgeDir(dir, { extraFiles: [path] });
    if (!loaded.ok) throw new Error("does not load");
    expect(loaded.knowledge.entries.some((e) => e.id.startsWith("radio-tanjungmas-nelayan-"))).toBe(true);
  });
});

describe("knowledge:check --draft", () => {
  const check = (draft: string) => {
    const lines: string[] = [];
    const code = runKnowledgeCheck({ dir, draft, now: NOW, out: (l) => lines.push(l) });
    return { code, text: lines.join("\n") };
  };

  it("passes a draft that leaves the live questions alone", () => {
    mkdirSync(join(dir, "draft"));
    const path = join(dir, "draft", "festival.yaml");
    writeFileSync(path, draftOf("siaranpers-festival-lorowangi").yaml);
    const r = check(path);
    expect(r.code, r.text).toBe(0);
    expect(r.text).toContain("Draf tidak mengambil alih pertanyaan butir lama.");
    expect(r.text).toMatch(/VALID: \d+ butir dari 2 berkas/);
  });

  it("fails, naming each live question, when the draft would take questions over", () => {
    // A second signing drafted without the take-over guard (no live knowledge given to the importer):
    // the live knowledge's generic signing questions go to the draft.
    mkdirSync(join(dir, "draft"));
    const path = join(dir, "draft", "portal.yaml");
    const unguarded = draftFromArticle(
      readFileSync("test/import/articles/portal-sendangrejo-tirtakarya.txt", "utf8"),
      {
        sourceId: "portal-sendangrejo-tirtakarya",
      },
    ).draft;
    writeFileSync(path, unguarded.yaml);
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(
      /butir "(tanggal-penandatanganan|penandatangan)": ".+" (kini dijawab butir draf "portal-sendangrejo-tirtakarya-|tidak lagi dijawab)/,
    );
    expect(r.text).toContain("TIDAK VALID: draf mengubah jawaban pertanyaan yang sudah ada.");
  });

  it("reports a broken draft with its file and line, and the live knowledge keeps loading", () => {
    mkdirSync(join(dir, "draft"));
    const path = join(dir, "draft", "rusak.yaml");
    writeFileSync(path, "entries:\n  - id: Rusak Sekali\n");
    const r = check(path);
    expect(r.code).toBe(1);
    expect(r.text).toContain("rusak.yaml:2");
    expect(loadKnowledgeDir(dir).ok).toBe(true);
  });
});
