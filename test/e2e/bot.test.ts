import { afterEach, describe, expect, it } from "vitest";
import { strings } from "../../src/bot/strings.js";
import { callbackUpdate, nonTextUpdate, textUpdate } from "../bot/updates.js";
import type { FakeCall } from "../support/fakeBotApi.js";
import { type E2E, startE2E } from "./botHarness.js";

let e: E2E | undefined;
afterEach(async () => {
  await e?.stop();
  e = undefined;
});

const buttons = (c: FakeCall) =>
  (c.params.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;

describe("end to end: real Telegraf over HTTP, real engine from knowledge/", () => {
  it("starts with getMe, setMyCommands and long polling", async () => {
    e = await startE2E();
    const cmds = (await e.api.waitFor("setMyCommands")).params.commands as Array<{ command: string }>;
    expect(cmds.map((c) => c.command)).toEqual(
      expect.arrayContaining(["start", "bantuan", "sektor", "tanggal", "target", "kutipan", "sumber"]),
    );
    await e.api.waitFor("getUpdates");
    expect(e.api.callsTo("getMe").length).toBeGreaterThanOrEqual(1);
  });

  it("answers a question with follow-up buttons that answer when pressed", async () => {
    e = await startE2E();
    e.push(textUpdate("kapan kerja sama ditandatangani?", { userId: 1001 }));
    const answer = await e.reply(1001);
    expect(answer.params.parse_mode).toBe("HTML");
    expect(answer.params.text).toContain("13 Januari 2026");
    expect(answer.params.text).toContain("Sumber:");
    const b = buttons(answer);
    expect(b.length).toBeGreaterThanOrEqual(2);
    expect(b.length).toBeLessThanOrEqual(3);
    for (const x of b) {
      expect(x.callback_data).toMatch(/^v1:e:[a-z0-9-]+$/);
      expect(Buffer.byteLength(x.callback_data)).toBeLessThanOrEqual(64);
    }

    const sektor = b.find((x) => x.callback_data === "v1:e:sektor") ?? b[0];
    const since = e.api.calls.length;
    e.push(callbackUpdate(sektor?.callback_data ?? "", { userId: 1001 }));
    const ack = await e.api.waitFor("answerCallbackQuery", (c) => e?.api.calls.indexOf(c) === since);
    expect(ack.params.text).toBeUndefined();
    const followUp = await e.reply(1001, since);
    expect(followUp.params.text).not.toBe(answer.params.text);
    expect(followUp.params.text).toContain("Sumber:");
  });

  it("asks back 'Maksud Anda ...?' with buttons, and a choice answers that entry", async () => {
    e = await startE2E();
    e.push(textUpdate("siapa wali kota?", { userId: 1002 }));
    const ask = await e.reply(1002);
    expect(ask.params.text).toContain("Maksud Anda");
    const data = buttons(ask).map((x) => x.callback_data);
    expect(data).toEqual(expect.arrayContaining(["v1:e:wali-kota-madiun", "v1:e:wali-kota-kediri"]));
    const since = e.api.calls.length;
    e.push(callbackUpdate("v1:e:wali-kota-kediri", { userId: 1002 }));
    expect((await e.reply(1002, since)).params.text).toContain("Vinanda");
  });

  it("declines what the knowledge lacks, with example-question buttons", async () => {
    e = await startE2E();
    const id = e.push(textUpdate("siapa wali kota surabaya?", { userId: 1003 }));
    const reply = await e.reply(1003);
    expect(reply.params.text).toContain("Maaf");
    expect(reply.params.text).not.toContain("Maidi");
    expect(buttons(reply).length).toBeGreaterThanOrEqual(1);
    expect((await e.handled(id)).outcome).toBe("declined");
  });

  it("commands: /bantuan, topic commands and /start with and without a deep-link payload", async () => {
    e = await startE2E();
    let chat = 1004;
    const ask = async (text: string) => {
      const since = e?.api.calls.length ?? 0;
      e?.push(textUpdate(text, { userId: chat }));
      return (await (e as E2E).reply(chat, since)).params.text as string;
    };
    expect(await ask("/bantuan")).toContain("/kutipan — ");
    expect(await ask("/sektor")).toContain("pariwisata");
    expect(await ask("/tanggal")).toContain("13 Januari 2026");
    expect(await ask("/target")).toContain("2027");
    expect(await ask("/kutipan")).toContain("Maidi");
    expect(await ask("/sumber")).toContain("KETIK");
    chat = 1014; // a second citizen: the first one is near the flood limit (6 per 10 s)
    expect(await ask("/start sektor")).toContain("pariwisata");
    const since = e.api.calls.length;
    e.push(textUpdate("/start", { userId: chat }));
    const greet = await e.reply(chat, since);
    expect(greet.params.text).toContain("Halo!");
    expect(buttons(greet).map((b) => b.callback_data)).toContain("v1:e:sektor");
  });

  it("groups: ignores chatter, answers a mention and /cmd@BotName in-thread", async () => {
    e = await startE2E();
    const group = { chatType: "supergroup" as const, chatId: -1005005, userId: 1005 };
    const chatter = e.push(textUpdate("kapan ditandatangani ya", group));
    const other = e.push(textUpdate("/sektor@SomeOtherBot", group));
    await e.handled(chatter);
    await e.handled(other);
    expect(e.api.calls.filter((c) => c.params.chat_id === group.chatId)).toEqual([]);

    const mention = textUpdate("@KerjasamaMadiunKediriBot kapan kerja sama ditandatangani?", group);
    e.push(mention);
    const reply = await e.reply(group.chatId);
    expect(reply.params.text).toContain("13 Januari 2026");
    expect(reply.params.reply_parameters?.message_id).toBe(mention.message.message_id);

    const since = e.api.calls.length;
    e.push(textUpdate("/sektor@KerjasamaMadiunKediriBot", group));
    expect((await e.reply(group.chatId, since)).params.text).toContain("pariwisata");
  });

  it("non-text messages get one polite line; forged button data gets a polite callback answer only", async () => {
    e = await startE2E();
    e.push(nonTextUpdate("sticker", { userId: 1006 }));
    expect((await e.reply(1006)).params.text).toBe(strings.nonText);
    const since = e.api.calls.length;
    const id = e.push(callbackUpdate("v1:e:rahasia;DROP TABLE", { userId: 1006 }));
    const ack = await e.api.waitFor("answerCallbackQuery", (c) => (e?.api.calls.indexOf(c) ?? -1) >= since);
    expect(ack.params.text).toBe(strings.staleButton);
    expect((await e.handled(id)).outcome).toBe("stale");
    expect(e.api.calls.slice(since).map((c) => c.method)).toEqual(["answerCallbackQuery"]);
  });
});
