import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { knowledgeFeature } from "../../src/bot/features/knowledgeAdmin.js";
import { createGapRecorder } from "../../src/gaps/record.js";
import { createGapStore, type GapStore } from "../../src/gaps/store.js";
import type { LiveKnowledge } from "../../src/knowledge/live.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { cleanupDirs, knowledgeDir, VALID_YAML, validWith } from "../knowledge/helpers.js";
import { ZERO_WASTE_ENTRY } from "../support/knowledge.js";
import { say as sayTo, startLiveKnowledgeBot } from "../support/liveKnowledgeBot.js";
import type { E2E } from "./botHarness.js";

/**
 * Knowledge staff tooling end to end: a real Telegraf bot polling a fake Bot API on 127.0.0.1, the real
 * engine from a watched temp knowledge folder, SQLite in memory for the unanswered-questions queue.
 */
const ADMIN = 7001;
const CITIZEN = 7002;

const ZERO_WASTE = `entries:${ZERO_WASTE_ENTRY}`;

let e: E2E;
let live: LiveKnowledge;
let db: Db;
let gaps: GapStore;
let dir: string;
let reloads = 0;

beforeEach(async () => {
  dir = knowledgeDir({ "kerja-sama.yaml": VALID_YAML });
  db = openDatabase(":memory:");
  gaps = createGapStore(db, { retentionDays: 30 });
  ({ e, live } = await startLiveKnowledgeBot({
    dir,
    settleMs: 150,
    adminIds: [ADMIN],
    deps: (live) => {
      const counted: LiveKnowledge = {
        ...live,
        reload: () => {
          reloads++;
          return live.reload();
        },
      };
      const record = createGapRecorder(gaps, { version: () => live.info().version });
      return {
        features: [knowledgeFeature({ live: counted, gaps, adminIds: [ADMIN], retentionDays: 30 })],
        onAnswer: (answer, now) => void record(answer, now),
      };
    },
  }));
  reloads = 0;
});

afterEach(async () => {
  await e.stop();
  await live.close();
  db.close();
  cleanupDirs();
});

const say = (text: string, userId: number) => sayTo(e, text, userId);

describe("knowledge admin commands over Telegram", () => {
  it("non-admins get a polite refusal for /muatulang, /versi and /celah, and nothing is reloaded", async () => {
    for (const cmd of ["/muatulang", "/versi", "/celah"]) {
      const text = await say(cmd, CITIZEN);
      expect(text).toBe(
        "Maaf, perintah ini khusus untuk admin pengelola bot. Silakan ajukan pertanyaan Anda seperti biasa.",
      );
    }
    expect(reloads).toBe(0);
  });

  it("/versi shows the content hash, loaded time in WIB, entry count, files and sources", async () => {
    const text = await say("/versi", ADMIN);
    const info = live.info();
    expect(text).toContain(`<b>Versi pengetahuan</b>`);
    expect(text).toContain(`Versi (sidik isi): ${info.version}`);
    expect(text).toMatch(/Dimuat: \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB/);
    expect(text).toContain("Jumlah butir: 3");
    expect(text).toContain("kerja-sama.yaml");
    expect(text).toContain("• Media Uji — Kerja sama Kota Contoh (2026-01-14)");
  });

  it("/muatulang reloads now and reports entries and version, or the errors while the old version serves", async () => {
    await live.close(); // only the command reloads in this test
    writeFileSync(join(dir, "zero-waste.yaml"), ZERO_WASTE);
    const ok = await say("/muatulang", ADMIN);
    expect(reloads).toBe(1);
    expect(ok).toBe(`Pengetahuan dimuat ulang: 4 butir, versi ${live.info().version}.`);

    const good = live.info().version;
    writeFileSync(
      join(dir, "zero-waste.yaml"),
      ZERO_WASTE.replace("source: berita-uji", "source: <tidak-ada>"),
    );
    const bad = await say("/muatulang", ADMIN);
    expect(bad).toContain(
      `Pengetahuan TIDAK dimuat ulang karena ada 1 galat. Bot tetap memakai versi ${good} (4 butir).`,
    );
    expect(bad).toMatch(
      /• <code>[^<]*zero-waste\.yaml:5:13<\/code> butir &quot;zero-waste&quot;, source: sumber \(source\) hanya boleh/,
    );
    expect(bad).toContain("<i>saran: tulis id salah satu sumber di bagian sources:</i>");
    expect(live.info().version).toBe(good);
    expect(await say("Apa target zero waste?", CITIZEN)).toContain("zero waste pada 2027");
  });

  it("a broken save is sent to the admins once, while citizens keep getting answers", async () => {
    const since = e.api.calls.length;
    writeFileSync(join(dir, "kerja-sama.yaml"), validWith("date: 2026-01-13", "date: 2026-02-31"));
    const notice = await e.api.waitFor(
      "sendMessage",
      (c) => c.params.chat_id === ADMIN && e.api.calls.indexOf(c) >= since,
      6000,
    );
    expect(notice.params.parse_mode).toBe("HTML");
    expect(notice.params.text).toContain(
      `Perubahan pengetahuan ditolak; bot tetap memakai versi ${live.info().version}.`,
    );
    expect(notice.params.text).toContain("Februari 2026 hanya sampai tanggal 28");
    expect(await say("Kapan kerja sama ditandatangani?", CITIZEN)).toContain("13 Januari 2026");

    // Saved again with the same mistake: no second notice.
    writeFileSync(
      join(dir, "kerja-sama.yaml"),
      `${validWith("date: 2026-01-13", "date: 2026-02-31")}\n# lagi\n`,
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(e.api.callsTo("sendMessage").filter((c) => c.params.chat_id === ADMIN)).toHaveLength(1);
  });

  it("declined questions are recorded without who asked; /celah lists groups and drops one an entry now answers", async () => {
    expect(await say("Siapa wali kota Surabaya?", CITIZEN)).not.toContain("Vinanda");
    await say("siapa walikota surabaya", CITIZEN + 1);
    await say("Apa target zero waste?", CITIZEN);
    await say("target zero waste kapan <b>?", CITIZEN);
    await say("Apa target zero waste?", CITIZEN + 2);
    await say("Kapan kerja sama ditandatangani?", CITIZEN); // answered: not recorded
    expect(gaps.count()).toBe(5);
    const row = db.prepare("SELECT * FROM unanswered_questions LIMIT 1").get() as Record<string, unknown>;
    expect(Object.values(row).map(String).join(" ")).not.toMatch(new RegExp(`${CITIZEN}|Warga`));

    const before = await say("/celah", ADMIN);
    expect(before).toContain("1. 3× Apa target zero waste?");
    expect(before).toMatch(/2\. 2× [Ss]iapa wali ?kota [Ss]urabaya/);
    expect(before).toContain("kata yang belum dikenal: surabaya");
    expect(before).not.toContain("<b>?");
    expect(before).toContain("&lt;b&gt;?");

    writeFileSync(join(dir, "zero-waste.yaml"), ZERO_WASTE);
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("not reloaded")), 6000);
      const poll = setInterval(() => {
        if (live.info().entries === 4) {
          clearInterval(poll);
          clearTimeout(t);
          resolve();
        }
      }, 20);
    });
    const after = await say("/celah", ADMIN);
    expect(after).toMatch(/1\. 2× [Ss]iapa wali ?kota [Ss]urabaya/);
    expect(after).not.toContain("zero waste");
    expect(after).toContain("3 pertanyaan lain kini sudah terjawab");
  });
});
