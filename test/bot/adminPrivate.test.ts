import { afterEach, describe, expect, it } from "vitest";
import { setupBroadcast } from "../../src/bot/features/broadcastSetup.js";
import { knowledgeFeature } from "../../src/bot/features/knowledgeAdmin.js";
import { strings } from "../../src/bot/strings.js";
import { createJobRepo } from "../../src/broadcast/index.js";
import { createEngine } from "../../src/engine/index.js";
import { openLiveKnowledge } from "../../src/knowledge/live.js";
import { silentLogger } from "../../src/log.js";
import { openDatabase } from "../../src/storage/db.js";
import { loadRealEngine } from "../e2e/botHarness.js";
import { type Harness, startHarness } from "./harness.js";
import { callbackUpdate, textUpdate } from "./updates.js";

const ADMIN = 900;
const GROUP = -1005550001111;

let h: Harness | undefined;
const closers: Array<() => unknown> = [];
afterEach(async () => {
  await h?.close();
  for (const c of closers.splice(0)) await c();
  h = undefined;
});

async function start() {
  const db = openDatabase(":memory:");
  const live = openLiveKnowledge({ dir: "test/fixtures/knowledge-valid", build: createEngine });
  let reloads = 0;
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
  closers.push(
    () => live.close(),
    () => db.close(),
  );
  h = await startHarness(loadRealEngine(), {
    flood: false,
    features: [
      knowledgeFeature({
        live: {
          ...live,
          info: () => live.info(),
          current: () => live.current(),
          reload: () => {
            reloads++;
            return live.reload();
          },
        },
        adminIds: [ADMIN],
        retentionDays: 30,
      }),
      ...broadcast.features,
    ],
  });
  return { h, jobs: createJobRepo(db), reloads: () => reloads, live };
}

const inGroup = (userId: number) => ({ userId, chatId: GROUP, chatType: "supergroup" as const });
const textsTo = (harness: Harness, chatId: number) =>
  harness.api
    .callsTo("sendMessage")
    .filter((c) => c.params.chat_id === chatId)
    .map((c) => String(c.params.text));

describe("admin commands in groups", () => {
  it.each([
    "/celah",
    "/versi",
    "/versi@KerjasamaMadiunKediriBot",
    "/muatulang",
    "/umumkan Rapat warga besok",
    "/umumkan besok 08:00 | Rapat warga",
    "/jadwal",
    "/batal 1",
  ])("%s in a group gets a one-line pointer to the private chat, nothing else", async (command) => {
    const { h, jobs, reloads, live } = await start();
    for (const user of [ADMIN, 12]) {
      const since = h.api.calls.length;
      const id = await h.send(textUpdate(command, inGroup(user)));
      const sent = h.api.calls.slice(since).filter((c) => c.method.startsWith("send"));
      expect(sent.map((c) => [c.params.chat_id, c.params.text])).toEqual([[GROUP, strings.adminPrivateOnly]]);
      expect(strings.adminPrivateOnly).not.toContain("\n");
      expect(h.logs.find((l) => l.msg === "update" && l.update_id === id)?.outcome).toBe("rejected");
    }
    expect(jobs.listQueued()).toEqual([]);
    expect(jobs.get(1)).toBeUndefined();
    expect(reloads()).toBe(0);
    expect(textsTo(h, GROUP).join("\n")).not.toContain(live.info().version);
  });

  it("the draft's buttons pressed in a group are refused there; the same commands work in private", async () => {
    const { h, jobs } = await start();
    await h.send(textUpdate("/versi", { userId: ADMIN }));
    expect(textsTo(h, ADMIN).at(-1)).toMatch(/versi/i);
    await h.send(textUpdate("/umumkan Rapat warga", { userId: ADMIN }));
    const job = jobs.get(1);
    expect(job?.status).toBe("draft");
    const before = h.api.callsTo("sendMessage").length;
    await h.send(callbackUpdate(`v1:b:s:${job?.id}`, inGroup(ADMIN)));
    expect(h.api.callsTo("answerCallbackQuery").at(-1)?.params).toMatchObject({
      text: strings.adminPrivateOnly,
      show_alert: true,
    });
    expect(h.api.callsTo("sendMessage")).toHaveLength(before);
    expect(jobs.get(job?.id ?? 0)?.status).toBe("draft");
    await h.send(callbackUpdate(`v1:b:s:${job?.id}`, { userId: ADMIN }));
    expect(jobs.get(job?.id ?? 0)?.status).toBe("queued");
  });
});
