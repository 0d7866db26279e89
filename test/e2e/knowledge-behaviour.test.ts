import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { knowledgeFeature } from "../../src/bot/features/knowledgeAdmin.js";
import { runKnowledgeCheck } from "../../src/cli/knowledge-check.js";
import type { LiveKnowledge } from "../../src/knowledge/live.js";
import { cleanupDirs, knowledgeDir, VALID_YAML } from "../knowledge/helpers.js";
import { say as sayTo, startLiveKnowledgeBot } from "../support/liveKnowledgeBot.js";
import type { E2E } from "./botHarness.js";

/**
 * Issue 11 end to end: an edit that captures an example question of another entry, or answers a
 * must-decline question, fails `knowledge:check` (exit 1) and is refused by the live bot, which keeps
 * the old knowledge and tells the admins which question and which entry took it.
 */
const ADMIN = 7101;
const CITIZEN = 7102;
const NOW = new Date("2026-11-28T05:00:00Z");
const TOLAK = 'tolak:\n  - "Jam berapa Balai Kota Kediri buka?"\n';

/** A new file whose entry captures "Bidang apa saja yang dicakup?", an example question of "sektor". */
const CAPTURING = `sources:
  - id: humas-pameran
    outlet: Humas Kota Kediri
    date: 2026-02-01
entries:
  - id: pameran
    topic: Bidang pameran
    answer: Pameran mencakup bidang kuliner, kerajinan dan batik.
    source: humas-pameran
    answers: [list]
    questions:
      - Bidang apa saja yang dipamerkan?
    keywords: [bidang, dicakup, apa saja, sektor, kerja sama]
`;

/** A new file whose entry answers the must-decline question about the town hall's opening hours. */
const OPENING_HOURS = `sources:
  - id: humas-pameran
    outlet: Humas Kota Kediri
    date: 2026-02-01
entries:
  - id: jam-pameran
    topic: Jam buka pameran
    answer: Pameran di Balai Kota Kediri buka setiap hari jam 08.00 sampai 16.00.
    source: humas-pameran
    questions:
      - Jam berapa pameran buka?
    keywords: [jam, buka, pameran]
`;

let e: E2E;
let live: LiveKnowledge;
let dir: string;
let oldDir: string;

beforeEach(async () => {
  dir = knowledgeDir({ "kerja-sama.yaml": VALID_YAML, "tolak.yaml": TOLAK });
  oldDir = knowledgeDir({ "kerja-sama.yaml": VALID_YAML, "tolak.yaml": TOLAK });
  ({ e, live } = await startLiveKnowledgeBot({
    dir,
    settleMs: 100,
    guard: { sets: [], now: () => NOW },
    adminIds: [ADMIN],
    deps: (live) => ({ features: [knowledgeFeature({ live, adminIds: [ADMIN], retentionDays: 30 })] }),
  }));
});

afterEach(async () => {
  await e.stop();
  await live.close();
  cleanupDirs();
});

const say = (text: string, userId: number) => sayTo(e, text, userId);

function check(): { code: number; output: string } {
  const lines: string[] = [];
  const code = runKnowledgeCheck({ dir, baseline: oldDir, sets: [], now: NOW, out: (l) => lines.push(l) });
  return { code, output: lines.join("\n") };
}

async function adminNotice(since: number): Promise<string> {
  const call = await e.api.waitFor(
    "sendMessage",
    (c) => c.params.chat_id === ADMIN && e.api.calls.indexOf(c) >= since,
    8000,
  );
  return call.params.text as string;
}

describe("behaviour check before serving", () => {
  it("a new file that captures an example question: check exits 1, the bot keeps the old knowledge and tells the admins", async () => {
    const good = live.info().version;
    expect(await say("Bidang apa saja yang dicakup?", CITIZEN)).toContain("Sektornya antara lain");
    const since = e.api.calls.length;
    writeFileSync(join(dir, "pameran.yaml"), CAPTURING);

    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toMatch(
      /kerja-sama\.yaml:\d+:\d+: galat: pertanyaan contoh butir "sektor" "Bidang apa saja yang dicakup\?" kini dijawab butir "pameran"/,
    );
    expect(output).toContain("Sebab:");

    const notice = await adminNotice(since);
    expect(notice).toContain(`Perubahan pengetahuan ditolak; bot tetap memakai versi ${good}.`);
    expect(notice).toContain("Bidang apa saja yang dicakup?");
    expect(notice).toContain("kini dijawab butir &quot;pameran&quot;");
    expect(live.info().version).toBe(good);
    expect(await say("Bidang apa saja yang dicakup?", CITIZEN)).toContain("Sektornya antara lain");

    // Marked as intended in the new entry, the same change is served.
    writeFileSync(
      join(dir, "pameran.yaml"),
      CAPTURING.replace(
        "    keywords:",
        "    izinkan:\n      - Bidang apa saja yang dicakup?\n    keywords:",
      ),
    );
    const ok = await say("/muatulang", ADMIN);
    expect(ok).toContain("Pengetahuan dimuat ulang: 4 butir");
  });

  it("a must-decline question answered after an edit: check exits 1, the bot keeps the old knowledge and tells the admins", async () => {
    const good = live.info().version;
    const since = e.api.calls.length;
    writeFileSync(join(dir, "jam.yaml"), OPENING_HOURS);

    const { code, output } = check();
    expect(code).toBe(1);
    expect(output).toMatch(
      /tolak\.yaml:2:5: galat: pertanyaan yang harus ditolak \(tolak\) "Jam berapa Balai Kota Kediri buka\?" kini dijawab butir "jam-pameran"/,
    );

    const notice = await adminNotice(since);
    expect(notice).toContain("Jam berapa Balai Kota Kediri buka?");
    expect(notice).toContain("butir &quot;jam-pameran&quot;");
    expect(live.info().version).toBe(good);
    expect(live.current().answer("Jam berapa Balai Kota Kediri buka?", { now: NOW }).kind).toBe("decline");
    const refused = await say("/muatulang", ADMIN);
    expect(refused).toContain("Pengetahuan TIDAK dimuat ulang");
  });

  it("a changed fact with a stale answer text is an error naming the line", () => {
    const moved = VALID_YAML.replace("date: 2026-01-13", "date: 2026-01-20");
    writeFileSync(join(dir, "kerja-sama.yaml"), moved);
    const { code, output } = check();
    expect(code).toBe(1);
    const line =
      moved.split("\n").findIndex((l) => l.includes("answer: Kerja sama ditandatangani pada Selasa")) + 1;
    expect(output).toContain(`kerja-sama.yaml:${line}:`);
    expect(output).toMatch(
      /jawaban masih menulis "13 Januari 2026", padahal tanggal di facts butir "tanggal-penandatanganan" sudah berubah \(dulu "2026-01-13", kini "2026-01-20"\)/,
    );
  });
});
