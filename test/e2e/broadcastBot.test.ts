import type { Update } from "telegraf/types";
import { afterEach, describe, expect, it } from "vitest";
import { type BotApp, createBot } from "../../src/bot/bot.js";
import { type BroadcastSetup, setupBroadcast } from "../../src/bot/features/broadcastSetup.js";
import {
  broadcastStrings,
  createJobRepo,
  createSubscriberRepo,
  formatWib,
} from "../../src/broadcast/index.js";
import { silentLogger } from "../../src/log.js";
import { type Db, openDatabase } from "../../src/storage/db.js";
import { callbackUpdate, textUpdate } from "../bot/updates.js";
import { type FakeBotApi, type FakeCall, ok, startFakeBotApi } from "../support/fakeBotApi.js";
import { loadRealEngine } from "./botHarness.js";

const ADMIN = 900;
const GROUP = -1009876543210;
const GROUP_ADMIN = 777;

interface Env {
  api: FakeBotApi;
  app: BotApp;
  db: Db;
  setup: BroadcastSetup;
  send(update: object): Promise<void>;
  texts(chatId: number): string[];
}

let env: Env | undefined;
afterEach(async () => {
  await env?.setup.worker.stop();
  await env?.api.close();
  env?.db.close();
  env = undefined;
});

let updateId = 1;

async function start(): Promise<Env> {
  const api = await startFakeBotApi();
  api.setHandler((call) => {
    if (call.method !== "getChatMember") return undefined;
    const admin = call.params.user_id === GROUP_ADMIN;
    return ok({
      status: admin ? "administrator" : "member",
      user: { id: call.params.user_id, is_bot: false, first_name: "W" },
    });
  });
  const db = openDatabase(":memory:");
  const setup = setupBroadcast({
    db,
    config: {
      botToken: api.token,
      telegramApiRoot: api.apiRoot,
      adminIds: [ADMIN],
      broadcastRate: 100,
      broadcastPaid: false,
      broadcastPaidRate: 100,
    },
    logger: silentLogger,
    progressIntervalMs: 50,
    pollMs: 50,
  });
  const app = createBot({
    token: api.token,
    apiRoot: api.apiRoot,
    engines: { current: loadRealEngine },
    logger: silentLogger,
    features: setup.features,
    flood: false,
    botInfo: {
      id: api.botId,
      is_bot: true,
      first_name: "Bot",
      username: "KerjasamaMadiunKediriBot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    },
  });
  setup.worker.start();
  env = {
    api,
    app,
    db,
    setup,
    send: (u) => app.bot.handleUpdate({ update_id: updateId++, ...u } as Update),
    texts: (chatId) =>
      api
        .callsTo("sendMessage")
        .filter((c) => c.params.chat_id === chatId)
        .map((c) => String(c.params.text)),
  };
  return env;
}

const last = (xs: string[]) => xs[xs.length - 1] ?? "";

describe("subscriptions over Telegram", () => {
  it("/start offers the button; subscribing is idempotent; /berhenti and /hapusdata confirm", async () => {
    const e = await start();
    const subs = createSubscriberRepo(e.db);
    await e.send(textUpdate("/start", { userId: 501 }));
    const greet = e.api.callsTo("sendMessage")[0];
    const rows = greet?.params.reply_markup?.inline_keyboard as Array<Array<{ callback_data: string }>>;
    expect(rows.at(-1)?.[0]?.callback_data).toBe("v1:s");

    await e.send(callbackUpdate("v1:s", { userId: 501 }));
    expect(last(e.texts(501))).toContain("sekarang berlangganan");
    expect(e.api.callsTo("answerCallbackQuery")).toHaveLength(1);
    await e.send(textUpdate("/langganan", { userId: 501 }));
    expect(last(e.texts(501))).toContain("sudah berlangganan");
    expect(subs.countActive()).toBe(1);

    await e.send(textUpdate("/berhenti", { userId: 501 }));
    expect(last(e.texts(501))).toContain("berhenti berlangganan");
    expect(subs.get(501)?.status).toBe("unsubscribed");
    await e.send(textUpdate("/hapusdata", { userId: 501 }));
    expect(last(e.texts(501))).toContain("sudah dihapus");
    expect(subs.get(501)).toBeUndefined();
    await e.send(textUpdate("/hapusdata", { userId: 501 }));
    expect(last(e.texts(501))).toContain("tidak menyimpan data");
  });

  it("a group subscribes only when a group admin asks", async () => {
    const e = await start();
    const subs = createSubscriberRepo(e.db);
    await e.send(textUpdate("/langganan", { userId: 12, chatId: GROUP, chatType: "supergroup" }));
    expect(last(e.texts(GROUP))).toContain("Hanya admin grup");
    expect(subs.get(GROUP)).toBeUndefined();
    await e.send(
      textUpdate("/langganan@KerjasamaMadiunKediriBot", {
        userId: GROUP_ADMIN,
        chatId: GROUP,
        chatType: "supergroup",
      }),
    );
    expect(last(e.texts(GROUP))).toContain("Grup ini sekarang berlangganan");
    expect(subs.get(GROUP)).toMatchObject({ kind: "supergroup", status: "active" });
  });

  it("my_chat_member kicked marks the subscriber inactive", async () => {
    const e = await start();
    const subs = createSubscriberRepo(e.db);
    await e.send(textUpdate("/langganan", { userId: 640 }));
    await e.send({
      my_chat_member: {
        chat: { id: 640, type: "private", first_name: "W" },
        from: { id: 640, is_bot: false, first_name: "W" },
        date: 0,
        old_chat_member: { status: "member", user: { id: e.api.botId, is_bot: true, first_name: "Bot" } },
        new_chat_member: {
          status: "kicked",
          until_date: 0,
          user: { id: e.api.botId, is_bot: true, first_name: "Bot" },
        },
      },
    });
    expect(subs.get(640)?.status).toBe("inactive");
  });
});

describe("announcements over Telegram", () => {
  it("non-admins can neither announce nor press Kirim", async () => {
    const e = await start();
    const jobs = createJobRepo(e.db);
    await e.send(textUpdate("/umumkan Halo semua", { userId: 501 }));
    expect(last(e.texts(501))).toBe("Perintah ini hanya untuk admin.");
    await e.send(textUpdate("/umumkan Rapat warga", { userId: ADMIN }));
    const job = jobs.listQueued()[0] ?? jobs.get(1);
    expect(job?.status).toBe("draft");
    await e.send(callbackUpdate(`v1:b:s:${job?.id}`, { userId: 501 }));
    const alert = e.api.callsTo("answerCallbackQuery").at(-1);
    expect(alert?.params).toMatchObject({
      show_alert: true,
      text: "Hanya admin yang dapat menekan tombol ini.",
    });
    expect(jobs.get(job?.id ?? 0)?.status).toBe("draft");
    for (const cmd of ["/jadwal", "/batal 1"]) {
      await e.send(textUpdate(cmd, { userId: 501 }));
      expect(last(e.texts(501))).toBe("Perintah ini hanya untuk admin.");
    }
    // Forged or malformed data from an admin is stale, not an action.
    await e.send(callbackUpdate("v1:b:s:abc", { userId: ADMIN }));
    expect(e.api.callsTo("answerCallbackQuery").at(-1)?.params.text).toBe("Tombol ini sudah tidak berlaku.");
  });

  it("preview is the exact message; a repeated update and a double press make one job; everyone gets one copy", async () => {
    const e = await start();
    const subs = createSubscriberRepo(e.db);
    const jobs = createJobRepo(e.db);
    const citizens = [2001, 2002, 2003, 2004, 2005];
    for (const id of citizens) await e.send(textUpdate("/langganan", { userId: id }));
    const text = "/umumkan Jalan ditutup besok";
    const cmd = textUpdate(text, { userId: ADMIN }) as { message: { entities: object[] } };
    cmd.message.entities.push({ type: "bold", offset: 9, length: 5 }); // "Jalan"
    await e.send(cmd);
    await e.send(cmd); // Telegram redelivers the same update
    const previews = e.api
      .callsTo("sendMessage")
      .filter((c) => c.params.chat_id === ADMIN && c.params.reply_markup?.inline_keyboard);
    expect(previews).toHaveLength(2); // the same draft shown again, not a second job
    const data = previews[0]?.params.reply_markup.inline_keyboard[0][0].callback_data as string;
    expect(data).toMatch(/^v1:b:s:\d+$/);
    expect(previews[1]?.params.reply_markup.inline_keyboard[0][0].callback_data).toBe(data);
    const preview = previews[0] as FakeCall;
    expect(preview.params.text).toContain("Jalan ditutup besok");

    await e.send(callbackUpdate(data, { userId: ADMIN }));
    await e.send(callbackUpdate(data, { userId: ADMIN })); // double press
    expect(last(e.texts(ADMIN))).toMatch(/masuk antrean pengiriman/);
    expect(e.api.callsTo("answerCallbackQuery").at(-1)?.params.text).toMatch(/sudah diproses/);
    expect(e.db.prepare("SELECT COUNT(*) AS n FROM broadcast_jobs").get()).toEqual({ n: 1 });

    await e.setup.worker.idle();
    const report = await e.api.waitFor(
      "sendMessage",
      (c) => c.params.chat_id === ADMIN && /^✅ Pengumuman #\d+ selesai/.test(String(c.params.text)),
    );
    expect(report.params.text).toContain("Terkirim: 5");
    for (const id of citizens) {
      const copies = e.api
        .callsTo("sendMessage")
        .filter((c) => c.params.chat_id === id && c.params.text === preview.params.text);
      expect(copies, `chat ${id}`).toHaveLength(1);
      expect(copies[0]?.params.entities).toEqual(preview.params.entities);
    }
    // The admin's bold "Jalan" keeps its formatting, shifted past the header line.
    const bodyAt = broadcastStrings.announcementHeader.length + 2;
    expect(preview.params.entities).toContainEqual({ type: "bold", offset: bodyAt, length: 5 });
    expect(String(preview.params.text).slice(bodyAt, bodyAt + 5)).toBe("Jalan");
    // One status message, edited to its final figures.
    const edits = e.api.callsTo("editMessageText").filter((c) => c.params.chat_id === ADMIN);
    expect(edits.length).toBeGreaterThan(0);
    expect(String(edits.at(-1)?.params.text)).toMatch(/Terkirim: 5[\s\S]*Sisa: 0 dari 5/);
    expect(subs.countActive()).toBe(5);
    expect(jobs.get(Number(data.split(":")[3]))?.status).toBe("done");
  });

  it("schedules in WIB, lists with /jadwal, cancels with /batal", async () => {
    const e = await start();
    await e.send(textUpdate("/umumkan 2099-12-01 08:00 | Kerja bakti", { userId: ADMIN }));
    const when = formatWib(new Date("2099-12-01T01:00:00Z"));
    expect(e.texts(ADMIN).some((t) => t.includes(when))).toBe(true);
    const preview = e.api.callsTo("sendMessage").find((c) => c.params.reply_markup?.inline_keyboard);
    const data = preview?.params.reply_markup.inline_keyboard[0][0].callback_data as string;
    await e.send(callbackUpdate(data, { userId: ADMIN }));
    expect(last(e.texts(ADMIN))).toContain(`dijadwalkan ${when}`);
    await e.send(textUpdate("/jadwal", { userId: ADMIN }));
    expect(last(e.texts(ADMIN))).toMatch(new RegExp(`#\\d+ • ${when} • Kerja bakti`));
    const id = data.split(":")[3];
    await e.send(textUpdate(`/batal ${id}`, { userId: ADMIN }));
    expect(last(e.texts(ADMIN))).toBe(`Pengumuman #${id} dibatalkan.`);
    await e.send(textUpdate("/jadwal", { userId: ADMIN }));
    expect(last(e.texts(ADMIN))).toBe("Tidak ada pengumuman yang dijadwalkan.");
    await e.send(textUpdate("/umumkan besok jam 25:00 | x", { userId: ADMIN }));
    expect(last(e.texts(ADMIN))).toContain("tidak saya pahami");
  });
});
