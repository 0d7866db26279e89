import { afterEach, describe, expect, it } from "vitest";
import { setupBroadcast } from "../../src/bot/features/broadcastSetup.js";
import { createGapRecorder } from "../../src/gaps/record.js";
import { createGapStore } from "../../src/gaps/store.js";
import { silentLogger } from "../../src/log.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { loadRealEngine } from "../e2e/botHarness.js";
import { type Harness, startHarness } from "./harness.js";
import { callbackUpdate, textUpdate } from "./updates.js";

const ADMIN = 48151623;

let h: Harness | undefined;
let db: Db | undefined;
afterEach(async () => {
  await h?.close();
  db?.close();
  h = db = undefined;
});

async function start(): Promise<{ h: Harness; db: Db }> {
  db = openDatabase(":memory:");
  const gaps = createGapStore(db, { retentionDays: 30 });
  const record = createGapRecorder(gaps, { version: () => "v1" });
  const broadcast = setupBroadcast({
    db,
    config: {
      botToken: "7000000001:AAFakeTokenForTestsOnly_0123456789abc",
      telegramApiRoot: "http://127.0.0.1:9",
      adminIds: [ADMIN],
      broadcastRate: 100,
      broadcastPaid: false,
      broadcastPaidRate: 100,
    },
    logger: silentLogger,
  });
  h = await startHarness(loadRealEngine(), {
    flood: false,
    features: broadcast.features,
    onAnswer: (answer, now) => void record(answer, now),
  });
  return { h, db };
}

/** Every row of every table, as text. */
function dump(database: Db): string {
  const tables = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return tables.map((t) => JSON.stringify(database.prepare(`SELECT * FROM "${t.name}"`).all())).join("\n");
}

describe("privacy of what is stored", () => {
  it("an unanswered question keeps no phone number, e-mail or @handle in any column", async () => {
    const { h, db } = await start();
    for (const text of [
      "hubungi saya di budi.santoso@gmail.com atau 0812-3456-7890, kapan bantuan modal cair? @siti_rahma",
      "email sri_lestari@yahoo.co.id soal anggaran, wa +62 813 9876 5432",
      "kontak @joko_widodo99 berapa anggaran kerja sama?",
    ]) {
      await h.send(textUpdate(text, { userId: 5001 }));
    }
    const stored = dump(db).toLowerCase();
    expect(stored).toContain("[email]");
    expect(stored).toContain("anggaran");
    for (const piece of [
      "budi",
      "santoso",
      "gmail",
      "0812",
      "3456",
      "7890",
      "siti",
      "rahma",
      "lestari",
      "yahoo",
      "9876",
      "5432",
      "joko",
      "widodo",
    ]) {
      expect(stored, piece).not.toContain(piece);
    }
  });

  it("/hapusdata by an admin leaves the admin's chat id nowhere, not even in an announcement's key", async () => {
    const { h, db } = await start();
    await h.send(textUpdate("/langganan", { userId: ADMIN }));
    await h.send(textUpdate("/umumkan Rapat warga", { userId: ADMIN }));
    await h.send(callbackUpdate("v1:b:s:1", { userId: ADMIN }));
    expect(dump(db)).toContain(String(ADMIN));
    await h.send(textUpdate("/hapusdata", { userId: ADMIN }));
    expect(dump(db)).toContain("Rapat warga");
    expect(dump(db)).not.toContain(String(ADMIN));
  });
});
