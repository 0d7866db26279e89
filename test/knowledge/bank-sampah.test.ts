import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readQuestionSet } from "../support/question-sets.js";
import { checkAgainstShipped, cleanupDirs, knowledgeDir, scoreStaffSet, shippedFiles } from "./helpers.js";

/**
 * The second staff role-play (test/fixtures/bank-sampah): a file written from the article and the
 * shipped file's header only. Dropped in unchanged, the check must either pass or say, for every error,
 * what to change IN THAT FILE (never in the shipped file, never "report to the developers"); after the
 * fixes its messages asked for (fixed.yaml), the bot answers its questions and existing questions keep
 * their answers.
 */
const FIXTURE = "test/fixtures/bank-sampah";
const NOW = new Date("2026-11-29T05:00:00Z");

afterAll(cleanupDirs);

function withShipped(file: string): string {
  return knowledgeDir({ ...shippedFiles(), "bank-sampah.yaml": readFileSync(`${FIXTURE}/${file}`, "utf8") });
}

const check = (dir: string) => checkAgainstShipped(dir, NOW);

const rows = readQuestionSet(`${FIXTURE}/questions.tsv`);

/** In-scope answered right and out-of-scope declined, over shipped + the file. */
const score = (dir: string) => scoreStaffSet(dir, rows, NOW);

const newIds = [...readFileSync(`${FIXTURE}/first-version.yaml`, "utf8").matchAll(/^ {2}- id: (\S+)/gm)].map(
  (m) => m[1] as string,
);

describe("the bank-sampah file written by staff from the header alone", () => {
  it("dropped in unchanged: every error is located and its advice names only entries of that file", {
    timeout: 120_000,
  }, () => {
    const { code, lines } = check(withShipped("first-version.yaml"));
    const errors = lines.flatMap((l, i) => (/: galat: /.test(l) ? [i] : []));
    if (code === 0) return;
    expect(errors.length).toBeGreaterThan(0);
    for (const i of errors) {
      const message = lines[i] as string;
      const advice = lines[i + 1] as string;
      expect(message).toMatch(/^\S+:\d+:\d+: galat: .+ Sebab: /);
      expect(advice).toMatch(/^ {4}saran: \S/);
      // Never "report to the developers", never an entry of the shipped file to edit.
      // What staff do comes first and is theirs (a tried fix, or izinkan in their file after reading the
      // answer); only the case "the answer is wrong and no change of theirs helps" goes to the developers.
      expect(advice.split(/; bila salah, |; izinkan: |Bila SALAH: /)[0], advice).not.toContain("pengembang");
      expect(advice, advice).toMatch(
        /\(sudah dicoba: setelah itu|izinkan: bila jawaban butir "[^"]+" memang benar|Bila BENAR: /,
      );
      // Entries the advice asks to change ("... ke/dari/di butir X", "izinkan: butir X").
      const named = [...advice.matchAll(/(?:\bke|\bdari|\bdi|izinkan:|ulang [^;]*) butir "([^"]+)"/g)].map(
        (m) => m[1] as string,
      );
      for (const id of named) expect(newIds, `${id} in: ${advice}`).toContain(id);
      // Words as staff wrote them: "jabatan", not the bot's reading "menjabat".
      expect(message).not.toMatch(/\(jawaban\/facts\)/);
    }
  });

  it("its first version answers most of its questions already (the engine reads it as written)", {
    timeout: 60_000,
  }, () => {
    const s = score(withShipped("first-version.yaml"));
    expect(s.inScope / s.inTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(s.declined / s.outTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("fixed as its messages asked: valid, >= 95% answered and >= 95% declined (issue 9), no existing answer taken", {
    timeout: 120_000,
  }, () => {
    const dir = withShipped("fixed.yaml");
    const { code, lines } = check(dir);
    expect(code, lines.join("\n")).toBe(0);
    // Only the two questions staff allowed (izinkan) changed hands; no team question moved to another entry.
    expect(lines.filter((l) => /kini dijawab butir/.test(l) && /galat|peringatan/.test(l))).toEqual([]);
    const s = score(dir);
    expect(s.inScope / s.inTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(s.declined / s.outTotal, s.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the staff's own final version of the bank-sampah file", () => {
  it("gets errors whose fixes, applied as written, make it VALID without changing any answer", {
    timeout: 180_000,
  }, () => {
    const dir = withShipped("final.yaml");
    const first = check(dir);
    expect(first.code).toBe(1);
    const errors = first.lines.flatMap((l, i) => (/: galat: /.test(l) ? [i] : []));
    let yaml = readFileSync(`${FIXTURE}/final.yaml`, "utf8");
    for (const i of errors) {
      const advice = first.lines[i + 1] as string;
      // What staff do comes first and is theirs (a tried fix, or izinkan in their file after reading the
      // answer); only the case "the answer is wrong and no change of theirs helps" goes to the developers.
      expect(advice.split(/; bila salah, |; izinkan: |Bila SALAH: /)[0], advice).not.toContain("pengembang");
      expect(advice, advice).toMatch(
        /\(sudah dicoba: setelah itu|izinkan: bila jawaban butir "[^"]+" memang benar|Bila BENAR: /,
      );
      // A verified rewording comes first; else the answer is shown and izinkan is the staff's call.
      const reword = /^ {4}saran: ganti kata "([^"]+)" di jawaban butir "([^"]+)" .*\(sudah dicoba: /.exec(
        advice,
      );
      if (reword) {
        const [, word, id] = reword as unknown as [string, string, string];
        const start = yaml.indexOf(`- id: ${id}\n`);
        const end = yaml.indexOf("\n  - id:", start + 1);
        const entry = yaml.slice(start, end);
        // "susun kalimatnya tanpa kata itu": the word and the "yang" that introduced it go.
        yaml = yaml.slice(0, start) + entry.replace(new RegExp(`(yang )?${word} `), "") + yaml.slice(end);
        continue;
      }
      const topicWord = /^ {4}saran: hapus kata "([^"]+)" dari topic butir "([^"]+)" \(sudah dicoba: /.exec(
        advice,
      );
      if (topicWord) {
        const [, word, id] = topicWord as unknown as [string, string, string];
        const start = yaml.indexOf(`- id: ${id}\n`);
        const end = yaml.indexOf("\n  - id:", start + 1);
        const entry = yaml.slice(start, end).replace(new RegExp(`(topic: .*?)${word} ?`), "$1");
        yaml = yaml.slice(0, start) + entry + yaml.slice(end);
        continue;
      }
      expect(first.lines[i], first.lines[i]).toMatch(/Jawaban bot kini: "/);
      // "izinkan: bila jawaban butir X memang benar ..." or, for a must-decline question, "periksa jawaban
      // butir X ... Bila BENAR: ... baris: izinkan: [...]".
      const allow =
        /(?:izinkan: bila jawaban butir "([^"]+)" memang benar|periksa jawaban butir "([^"]+)" untuk pertanyaan ini).*? baris: (izinkan: \[[^\]]*\])/.exec(
          advice,
        );
      expect(allow, advice).not.toBeNull();
      const id = (allow?.[1] ?? allow?.[2]) as string;
      const line = allow?.[3] as string;
      yaml = yaml.replace(`  - id: ${id}\n`, `  - id: ${id}\n    ${line}\n`);
    }
    const before = score(dir);
    writeFileSync(join(dir, "bank-sampah.yaml"), yaml);
    const second = check(dir);
    expect(second.code, second.lines.filter((l) => /galat/.test(l)).join("\n")).toBe(0);
    const after = score(dir);
    expect([after.inScope, after.declined]).toEqual([before.inScope, before.declined]);
  });

  it("beside the fixed version, no team question changes its answer (Javanese 'koyok' is 'seperti')", {
    timeout: 120_000,
  }, () => {
    const { lines } = check(withShipped("fixed.yaml"));
    expect(lines.filter((l) => /pertanyaan uji tim .* kini /.test(l))).toEqual([]);
  });
});
