import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadBaseline, runKnowledgeCheck } from "../../src/cli/knowledge-check.js";
import { createEngine } from "../../src/engine/index.js";
import { readQuestionSets } from "../../src/knowledge/behaviour.js";
import { openLiveKnowledge } from "../../src/knowledge/live.js";
import {
  checkAgainstShipped,
  cleanupDirs,
  FIXTURE_DIR,
  knowledgeDir,
  PARKIR_ENTRY,
  PARKIR_QUESTION,
  shippedFiles,
  VALID_YAML,
  validWith,
} from "./helpers.js";

afterEach(cleanupDirs);

function check(dir: string, retrieval = true, baseline = "git"): { code: number; lines: string[] } {
  const lines: string[] = [];
  const code = runKnowledgeCheck({
    dir,
    retrieval,
    baseline,
    // Without an old version, only this knowledge's own questions count.
    ...(baseline === "none" ? { sets: [] } : {}),
    now: new Date("2026-11-28T05:00:00Z"),
    out: (l) => lines.push(...l.split("\n")),
  });
  return { code, lines };
}

describe("npm run knowledge:check", () => {
  // (Each asks the whole standing bank, every committed question set included, twice: minutes on a busy machine.)
  it("valid knowledge: exit 0, summary with entries, version and the alternate-question accuracy", {
    timeout: 180_000,
  }, () => {
    const { code, lines } = check(FIXTURE_DIR);
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(
        /^Uji perilaku: \d+ pertanyaan \(\d+ harus ditolak\) diajukan, dibandingkan dengan versi lama [0-9a-f]{12}; 0 berubah\.$/,
      ),
      "Uji pertanyaan contoh: 6 dari 6 pertanyaan dijawab oleh butirnya sendiri (100,0%).",
      expect.stringMatching(/^VALID: 3 butir dari 1 berkas, 1 sumber, versi [0-9a-f]{12}; 0 peringatan\.$/),
    ]);
  });

  it("the shipped knowledge passes (warnings allowed) and reports its accuracy", { timeout: 180_000 }, () => {
    const { code, lines } = check("knowledge");
    expect(code).toBe(0);
    expect(lines.join("\n")).toMatch(
      /Uji pertanyaan contoh: \d+ dari \d+ pertanyaan dijawab oleh butirnya sendiri \(\d+,\d%\)\./,
    );
  });

  it("warnings alone exit 0; a shared keyword is shown only when it costs a question; errors exit 1 with one located message each", () => {
    const shared = validWith(
      "keywords: [sektor, bidang, umkm, pariwisata]",
      "keywords: [sektor, bidang, kapan]",
    );
    const quiet = check(knowledgeDir({ "a.yaml": shared }), false, "none");
    expect(quiet.code).toBe(0);
    expect(quiet.lines.join("\n")).not.toContain("juga dipakai");
    const costly = knowledgeDir({
      "a.yaml": shared.replace(
        "      - Bidang apa saja yang dicakup?",
        "      - Bidang apa saja yang dicakup?\n      - kapan sektornya?",
      ),
    });
    // Without an old version, only this knowledge's own misses count.
    const w = check(costly, true, "none");
    expect(w.code).toBe(0);
    expect(w.lines.join("\n")).toMatch(
      /a\.yaml:\d+:\d+: peringatan: butir "sektor": kata kunci "kapan" juga dipakai butir "tanggal-penandatanganan"/,
    );

    const broken = knowledgeDir({
      "a.yaml": validWith("date: 2026-01-13", "date: 2026-02-31"),
      "b.yaml": "",
    });
    const b = check(broken);
    expect(b.code).toBe(1);
    const located = b.lines.filter((l) => /^\S+:\d+:\d+: (galat|peringatan): /.test(l));
    expect(located).toHaveLength(2);
    expect(b.lines.filter((l) => l.startsWith("    saran: "))).toHaveLength(2);
    expect(b.lines.at(-1)).toBe(
      "TIDAK VALID: 2 galat. Bot tetap memakai versi lama sampai galat diperbaiki.",
    );
  });

  it("as a process: bad files give messages and exit 1, never a stack trace", () => {
    const dir = knowledgeDir({
      "a.yaml": VALID_YAML,
      "b.yaml": Buffer.from([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x73, 0x3a, 0x20, 0xff, 0x0a]),
      "c.yaml": "ini bukan yaml: [",
    });
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/knowledge-check.ts", "--knowledge", dir],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(r.status).toBe(1);
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toMatch(/b\.yaml:1:10: galat: berkas bukan teks UTF-8/);
    expect(out).toMatch(/c\.yaml:1:1: galat: berkas ini bukan berkas pengetahuan/);
    expect(out).not.toMatch(/\n\s+at |Error:|node:internal/);
  });
});

describe("knowledge:check against the old knowledge", () => {
  const NOW = new Date("2026-11-28T05:00:00Z");
  const run = (dir: string, baseline: string) => {
    const lines: string[] = [];
    const code = runKnowledgeCheck({
      dir,
      baseline,
      sets: [],
      now: NOW,
      out: (l) => lines.push(...l.split("\n")),
    });
    return { code, text: lines.join("\n") };
  };
  // An example question its entry does not answer (a warning that was there before the edit).
  const OLD_MISS = "      - Bidang apa saja yang dicakup?\n      - kapan sektornya?";

  it("warnings this edit introduced come first; older ones are one line", () => {
    const before = validWith("      - Bidang apa saja yang dicakup?", OLD_MISS);
    const after = before.replace(
      "      - Siapa saja yang tanda tangan?",
      "      - Siapa saja yang tanda tangan?\n      - kapan ttd nya?",
    );
    const old = knowledgeDir({ "k.yaml": before });
    const edited = knowledgeDir({ "k.yaml": after });
    const { code, text } = run(edited, old);
    expect(code).toBe(0);
    const fresh = text.indexOf("Peringatan dari perubahan ini (");
    expect(fresh).toBeGreaterThanOrEqual(0);
    expect(text.slice(fresh)).toMatch(/pertanyaan "kapan ttd nya\?" tidak dijawab oleh butir ini sendiri/);
    expect(text).not.toContain('pertanyaan "kapan sektornya?"');
    expect(text).toMatch(
      /Peringatan lama: 1 \(sudah ada sebelum perubahan ini; tampilkan dengan npm run knowledge:check -- --semua\)\./,
    );
    expect(text.indexOf("Peringatan lama")).toBeGreaterThan(fresh);
  });
});

describe("a second file written by staff from the header alone (test/fixtures/festival)", () => {
  it("passes the check, or every error is located and says what to do", { timeout: 60_000 }, () => {
    const dir = knowledgeDir({
      "kerja-sama-madiun-kediri.yaml": readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8"),
      "tolak.yaml": readFileSync("knowledge/tolak.yaml", "utf8"),
      "festival-kuliner.yaml": readFileSync("test/fixtures/festival/festival-kuliner.yaml", "utf8"),
    });
    const lines: string[] = [];
    const code = runKnowledgeCheck({
      dir,
      baseline: "knowledge",
      now: new Date("2026-11-28T05:00:00Z"),
      out: (l) => lines.push(...l.split("\n")),
    });
    if (code === 0) return;
    expect(code).toBe(1);
    const errors = lines.flatMap((l, i) => (/: galat: /.test(l) ? [i] : []));
    expect(errors.length).toBeGreaterThan(0);
    for (const i of errors) {
      expect(lines[i]).toMatch(/^\S+:\d+:\d+: galat: .+ Sebab: /);
      expect(lines[i + 1]).toMatch(/^ {4}saran: \S/);
    }
    const text = lines.join("\n");
    // The first file's summary questions stay with it: the check asks the real engine, nothing hides a move.
    expect(text).not.toMatch(
      /pertanyaan contoh butir "ringkasan" "Apa itu kerja sama Madiun Kediri\?" kini dijawab/,
    );
    // A changed answer's hint says exactly where and how to mark it intended, after staff judge it right.
    const taken = lines.findIndex((l) =>
      l.includes('"carane daftar umkm piye" kini dijawab butir "festival-pendaftaran"'),
    );
    expect(taken).toBeGreaterThanOrEqual(0);
    expect(lines[taken + 1]).toMatch(
      /saran: periksa jawaban butir "festival-pendaftaran" untuk pertanyaan ini .+ Bila BENAR: tambahkan di butir itu \(\S+festival-kuliner\.yaml:\d+\) baris: izinkan: \["carane daftar umkm piye"\][^.]*\. Bila SALAH: /,
    );
    // The amount type the header documents is what the hint adds, verified on a copy.
    expect(text).toMatch(/tambahkan "amount" ke answers butir "festival-stan" \(sudah dicoba: /);
  });

  it("after the fixes its messages give, the festival file answers >= 90% in scope and declines >= 90%", {
    timeout: 60_000,
  }, async () => {
    const { parseKnowledgeFiles } = await import("../../src/knowledge/load.js");
    const { readQuestionSet, scoreSet } = await import("../support/question-sets.js");
    const fixed = readFileSync("test/fixtures/festival/festival-kuliner.yaml", "utf8")
      .replace("answers: [list, yesno, definition]", "answers: [list, yesno, definition, amount]")
      .replace(
        "answers: [yesno, definition]\n    questions:\n      - Berapa harga tiket",
        "answers: [yesno, definition, amount]\n    questions:\n      - Berapa harga tiket",
      )
      .replace("      - Dari mana sumber info festival kuliner?\n", "");
    const loaded = parseKnowledgeFiles([
      {
        path: "kerja-sama-madiun-kediri.yaml",
        content: readFileSync("knowledge/kerja-sama-madiun-kediri.yaml", "utf8"),
      },
      { path: "festival-kuliner.yaml", content: fixed },
    ]);
    if (!loaded.ok) throw new Error("fixed festival file invalid");
    const r = scoreSet(
      createEngine(loaded.knowledge),
      readQuestionSet("test/fixtures/festival/festival-questions.tsv"),
    );
    expect(r.inOk / r.inN, r.failures.join("\n")).toBeGreaterThanOrEqual(0.9);
    expect(r.outOk / r.outN, r.failures.join("\n")).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the festival file after the fixes its check prints, applied literally", () => {
  const NOW = new Date("2026-11-28T05:00:00Z");
  const shipped = shippedFiles;
  const check = (dir: string) => checkAgainstShipped(dir, NOW);

  it("is VALID, and the bot answers every question of the set as it did before the fixes", {
    timeout: 120_000,
  }, async () => {
    const { parseKnowledgeFiles } = await import("../../src/knowledge/load.js");
    const { readQuestionSet, judgeRow } = await import("../support/question-sets.js");
    const original = readFileSync("test/fixtures/festival/festival-kuliner.yaml", "utf8");
    const dir = knowledgeDir({ ...shipped(), "festival-kuliner.yaml": original });
    const first = check(dir);
    expect(first.code).toBe(1);
    const errors = first.lines.filter((l) => / galat: /.test(l));
    // Every error left is a must-decline question that an entry of the file now answers, with the new
    // answer shown and the exact izinkan line to add; none asks staff to edit another file.
    for (const e of errors) {
      expect(e).toMatch(/kini dijawab butir "festival-[a-z]+" padahal harus ditolak/);
      expect(e).toMatch(/Jawaban bot kini: "/);
    }
    // The summary: one izinkan list per entry, located in the staff's file.
    const summary = first.lines.flatMap((l) => {
      const m = /^ {4}(\S+):(\d+) butir "([^"]+)": (izinkan: \[.*\])$/.exec(l);
      return m ? [{ file: m[1] as string, line: Number(m[2]), text: m[4] as string }] : [];
    });
    expect(summary.length).toBeGreaterThan(0);
    for (const s of summary) expect(s.file.endsWith("festival-kuliner.yaml")).toBe(true);
    // Applied as staff would: the line under the entry's "- id:" line.
    const rows = original.split("\n");
    for (const s of [...summary].sort((a, b) => b.line - a.line)) rows.splice(s.line, 0, `    ${s.text}`);
    const fixed = rows.join("\n");
    writeFileSync(join(dir, "festival-kuliner.yaml"), fixed);
    const second = check(dir);
    expect(second.code, second.lines.filter((l) => /galat/.test(l)).join("\n")).toBe(0);
    // izinkan only marks changes as intended: the bot's answers stay what they were.
    const engineOf = (content: string) => {
      const loaded = parseKnowledgeFiles([
        ...Object.entries(shipped()).map(([path, c]) => ({ path, content: c })),
        { path: "festival-kuliner.yaml", content },
      ]);
      if (!loaded.ok) throw new Error("festival file invalid");
      return createEngine(loaded.knowledge);
    };
    const before = engineOf(original);
    const after = engineOf(fixed);
    const set = readQuestionSet("test/fixtures/festival/festival-questions.tsv");
    const verdicts = (e: ReturnType<typeof engineOf>) => set.map((r) => judgeRow(e, r) ?? "ok");
    expect(verdicts(after)).toEqual(verdicts(before));
    const right = verdicts(after).filter((v) => v === "ok").length;
    expect(right / set.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe("the last good knowledge the bot keeps", () => {
  it("is copied on every swap and is the old side of the check where there is no git history", async () => {
    const dir = knowledgeDir({ "k.yaml": VALID_YAML });
    const snapshots = knowledgeDir({});
    const snapshotDir = join(snapshots, "pengetahuan-terakhir");
    const live = openLiveKnowledge({ dir, build: createEngine, snapshotDir });
    expect(readFileSync(join(snapshotDir, "k.yaml"), "utf8")).toBe(VALID_YAML);
    const moved = VALID_YAML.replace("date: 2026-01-13", "date: 2026-01-20");
    writeFileSync(join(dir, "k.yaml"), moved);
    // The check compares the edit with the copy (dir is not in git): the stale date is found.
    const lines: string[] = [];
    // Only for the folder the bot serves (KNOWLEDGE_DIR).
    vi.stubEnv("KNOWLEDGE_DIR", dir);
    const old = loadBaseline(dir, "git", snapshotDir);
    vi.unstubAllEnvs();
    expect(loadBaseline(dir, "git", snapshotDir)).toBeUndefined();
    expect(old?.ok).toBe(true);
    const code = runKnowledgeCheck({ dir, baseline: snapshotDir, sets: [], out: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines.join("\n")).toContain('jawaban masih menulis "13 Januari 2026"');
    // Once a version is served, the copy follows it.
    writeFileSync(join(dir, "k.yaml"), VALID_YAML.replace("Media Uji", "Media Baru"));
    expect((await live.reload()).ok).toBe(true);
    expect(readFileSync(join(snapshotDir, "k.yaml"), "utf8")).toContain("Media Baru");
    await live.close();
  });
});

describe("team question sets in the behaviour check", () => {
  it("a set question that moves is an error only when its new answer loses what the set expects; expect '-' must stay declined", () => {
    const tsv = [
      "id\tnow\tquestion\texpect\tforbid",
      "T1\t2026-11-28\tBidang apa saja yang dicakup?\ttata kelola\t",
      "T2\t2026-11-28\tBidang apa saja yang dicakup kerja sama?\tBidang|Sektornya\t",
      "T3\t2026-11-28\tKapan pameran batik Madiun?\t-\t",
    ].join("\n");
    const setDir = knowledgeDir({ "set.tsv": tsv });
    const sets = readQuestionSets([join(setDir, "set.tsv")]);
    expect(sets[0]?.questions.map((q) => q.decline ?? false)).toEqual([false, false, true]);
    const old = knowledgeDir({ "k.yaml": VALID_YAML });
    const edited = knowledgeDir({
      "k.yaml": VALID_YAML,
      "p.yaml": `entries:
  - id: pameran
    topic: Bidang pameran
    answer: Bidang pameran batik Madiun mencakup kuliner, kerajinan dan batik, dibuka kapan saja.
    source: berita-uji
    answers: [list, date]
    questions:
      - Bidang apa saja yang dipamerkan?
    keywords: [bidang, dicakup, apa saja, sektor, kerja sama, pameran, batik, kapan]
`,
    });
    const lines: string[] = [];
    const code = runKnowledgeCheck({ dir: edited, baseline: old, sets, out: (l) => lines.push(l) });
    const text = lines.join("\n");
    expect(code).toBe(1);
    expect(text).toMatch(
      /set\.tsv:3:1: galat: pertanyaan contoh butir "sektor" "Bidang apa saja yang dicakup\?" kini dijawab butir "pameran"|galat: pertanyaan contoh butir "sektor" "Bidang apa saja yang dicakup\?"/,
    );
    // Shown at the entry of the edited file that answers it: staff cannot edit the team's set.
    expect(text).toMatch(
      /p\.yaml:\d+:1: galat: pertanyaan yang harus ditolak \(dari daftar uji pengembang; berkas itu tidak perlu dibuka, perbaikannya di berkas Anda\) "Kapan pameran batik Madiun\?" kini dijawab butir "pameran"/,
    );
    expect(text).not.toMatch(/set\.tsv:\d+:\d+: galat: pertanyaan yang harus ditolak/);
    expect(text).not.toMatch(/galat: pertanyaan uji tim[^"]*"Bidang apa saja yang dicakup kerja sama\?"/);
  });
});

describe("readQuestionSets", () => {
  it("keeps only the first turns of a conversation set, with their expectations and date", () => {
    const dir = knowledgeDir({
      "conv.tsv":
        "conv\tturn\tnow\tquestion\texpect\tforbid\nV1\t1\t2026-11-28\tkapan diteken?\t13 Januari\t-\nV1\t2\t2026-11-28\tjam berapa?\t-\t\n",
    });
    const [set] = readQuestionSets([join(dir, "conv.tsv")]);
    expect(set?.questions).toHaveLength(1);
    expect(set?.questions[0]).toMatchObject({ question: "kapan diteken?", expect: "13 Januari", line: 2 });
    expect(set?.questions[0]?.forbid).toBeUndefined();
    expect(set?.questions[0]?.now?.getTime()).toBe(Date.parse("2026-11-28T05:00:00Z"));
  });
});

describe("knowledge:check --draft", () => {
  it("shows ahead what the bot would refuse once the draft is moved in (must-decline answered), beside the take-over check", () => {
    const dir = knowledgeDir({
      "k.yaml": VALID_YAML,
      "tolak.yaml": `tolak:\n  - "${PARKIR_QUESTION}"\n`,
      "draft/pameran.yaml": `entries:\n${PARKIR_ENTRY}`,
    });
    const lines: string[] = [];
    runKnowledgeCheck({ dir, draft: join(dir, "draft/pameran.yaml"), sets: [], out: (l) => lines.push(l) });
    const text = lines.join("\n");
    expect(text).toContain(
      "Bila draf ini dipindahkan ke folder pengetahuan, bot akan MENOLAKnya sampai hal berikut diperbaiki (1):",
    );
    expect(text).toMatch(
      /tolak\.yaml:2:5: peringatan: pertanyaan yang harus ditolak \(tolak\) "Apakah ada parkir di pameran kerajinan\?" kini dijawab butir "pameran"/,
    );
    expect(text).toContain('hapus kata kunci "parkir" dari butir "pameran"');
    expect(text).toContain("Draf tidak mengambil alih pertanyaan butir lama.");
  });
});

describe("a must-decline question no word of staff's file can keep declined", () => {
  // The staff's entry holds every word of the question in its answer: removing keywords cannot help, and the
  // engine answers it. Staff still get a way forward of their own, the exact izinkan line, before the
  // developers' note; writing that line makes the check pass.
  const entry = (allow: string) => `entries:
  - id: pameran
    topic: Pameran batik Madiun
    answer: Pameran batik Madiun dibuka pada 2 Februari 2026 dan ditutup pada 9 Februari 2026.
    source: berita-uji
    answers: [date]
    facts:
      dates:
        - label: pembukaan pameran
          date: 2026-02-02
    questions:
      - Kapan pameran batik Madiun dibuka?
    keywords: [pameran, batik]
${allow}`;
  const question = "Kapan pameran batik Madiun ditutup?";
  const run = (allow: string) => {
    const old = knowledgeDir({ "k.yaml": VALID_YAML });
    const edited = knowledgeDir({
      "k.yaml": VALID_YAML,
      "tolak.yaml": `tolak:\n  - "${question}"\n`,
      "p.yaml": entry(allow),
    });
    const lines: string[] = [];
    const code = runKnowledgeCheck({
      dir: edited,
      baseline: old,
      sets: [],
      out: (l) => lines.push(...l.split("\n")),
    });
    return { code, lines };
  };

  it("names the izinkan line as the staff's own way forward, the developers' report last", () => {
    const { code, lines } = run("");
    expect(code).toBe(1);
    const at = lines.findIndex((l) =>
      l.includes(`galat: pertanyaan yang harus ditolak (tolak) "${question}"`),
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const advice = lines[at + 1] as string;
    expect(advice).toMatch(/tidak ada perubahan kata di berkas Anda yang membuat bot menolaknya/);
    const way = advice.indexOf("Jalan keluar yang bisa Anda pilih sendiri: (1)");
    expect(way).toBeGreaterThan(advice.indexOf("Bila SALAH: "));
    expect(advice.slice(way)).toContain(`baris: izinkan: [${JSON.stringify(question)}]`);
    expect(advice.slice(way)).toContain("(2) jangan simpan perubahan ini, dan bot tetap memakai versi lama");
    // The developers come last, as a note, and the advice no longer ends in a dead end.
    expect(advice.indexOf("pengembang")).toBeGreaterThan(advice.indexOf("(2) jangan simpan"));
    expect(advice).not.toContain("pemeriksaan tetap menolak perubahan ini");
  });

  it("the line it names is enough: with it the check passes and records the question as intended", () => {
    const { code, lines } = run(`    izinkan: [${JSON.stringify(question)}]\n`);
    expect(code).toBe(0);
    expect(lines.join("\n")).toContain(`disengaja (izinkan): "${question}" kini dijawab butir "pameran"`);
  });

  it("a question a staff change does fix gets that fix, not the izinkan way out", () => {
    const old = knowledgeDir({ "k.yaml": VALID_YAML });
    const edited = knowledgeDir({
      "k.yaml": VALID_YAML,
      "tolak.yaml": `tolak:\n  - "${PARKIR_QUESTION}"\n`,
      "p.yaml": `entries:\n${PARKIR_ENTRY}`,
    });
    const lines: string[] = [];
    runKnowledgeCheck({ dir: edited, baseline: old, sets: [], out: (l) => lines.push(...l.split("\n")) });
    const text = lines.join("\n");
    expect(text).toContain('hapus kata kunci "parkir" dari butir "pameran"');
    expect(text).not.toContain("Jalan keluar yang bisa Anda pilih sendiri");
  });
});
