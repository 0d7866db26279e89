import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runKnowledgeImport } from "../../src/cli/knowledge-import.js";
import { loadKnowledgeDir } from "../../src/knowledge/load.js";

let dir: string;
let lines: string[];
const run = (o: Partial<Parameters<typeof runKnowledgeImport>[0]> & { article: string }) =>
  runKnowledgeImport({ knowledgeDir: dir, print: (l) => lines.push(l), ...o });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "import-cli-"));
  copyFileSync("knowledge/kerja-sama-madiun-kediri.yaml", join(dir, "kerja-sama.yaml"));
  lines = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run knowledge:import", () => {
  it("writes the draft to knowledge/draft/<article>.yaml, which the bot does not serve", () => {
    const before = loadKnowledgeDir(dir);
    expect(run({ article: "test/import/articles/wire-giriwana-sungailor.txt" })).toBe(0);
    const out = join(dir, "draft", "wire-giriwana-sungailor.yaml");
    expect(existsSync(out)).toBe(true);
    expect(lines.join("\n")).toContain(`npm run knowledge:check -- --draft`);
    expect(lines.join("\n")).toContain("Tanggal terbit tidak ditemukan");
    // Drafted beside the live knowledge: the take-over guard ran and left no live question taken over.
    expect(lines.join("\n")).toContain("Draf tidak mengambil alih pertanyaan butir lama.");
    const after = loadKnowledgeDir(dir);
    if (!before.ok || !after.ok) throw new Error("does not load");
    expect(after.knowledge.entries.length).toBe(before.knowledge.entries.length);
  });

  it("takes the outlet and the date from the flags when the article has none", () => {
    const out = join(dir, "draft", "x.yaml");
    expect(
      run({
        article: "test/import/articles/wire-giriwana-sungailor.txt",
        outlet: "Kabar Uji",
        date: "2026-03-06",
        out,
      }),
    ).toBe(0);
    const yaml = readFileSync(out, "utf8");
    expect(yaml).toContain("outlet: Kabar Uji");
    expect(yaml).toContain("date: 2026-03-06");
    // With the publication year known, "Kamis (5/3)" resolves to 5 March 2026.
    expect(yaml).toContain("date: 2026-03-05");
  });

  it("never overwrites an existing draft without --force", () => {
    const out = join(dir, "draft", "y.yaml");
    expect(run({ article: "test/import/articles/wire-giriwana-sungailor.txt", out })).toBe(0);
    writeFileSync(out, "# diedit staf\n");
    expect(run({ article: "test/import/articles/wire-giriwana-sungailor.txt", out })).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("# diedit staf\n");
    expect(run({ article: "test/import/articles/wire-giriwana-sungailor.txt", out, force: true })).toBe(0);
  });

  it("explains bad input in Indonesian", () => {
    expect(run({ article: "tidak-ada.txt" })).toBe(2);
    expect(run({ article: "test/import/articles/wire-giriwana-sungailor.txt", date: "2026-02-31" })).toBe(2);
    const empty = join(dir, "kosong.txt");
    writeFileSync(empty, "  \n");
    expect(run({ article: empty })).toBe(2);
    expect(lines).toEqual([
      "Naskah berita tidak bisa dibaca: tidak-ada.txt",
      '--date tidak valid: "2026-02-31" (tulis TTTT-BB-HH, misalnya 2026-01-14)',
      `Naskah berita kosong: ${empty}`,
    ]);
  });
});
