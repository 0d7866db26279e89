import { afterEach, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../bot/updates.js";
import { type E2E, startE2E } from "./botHarness.js";

let e: E2E | undefined;
afterEach(async () => {
  await e?.stop();
  e = undefined;
});

const BOT = "@KerjasamaMadiunKediriBot";

/** Sends one message and returns the text of the bot's reply to that chat. */
async function ask(e: E2E, chatId: number, update: object): Promise<{ text: string; replyTo?: number }> {
  const since = e.api.calls.length;
  e.push(update);
  const reply = await e.reply(chatId, since);
  const params = reply.params as { text: string; reply_parameters?: { message_id: number } };
  return { text: params.text, replyTo: params.reply_parameters?.message_id };
}

describe("end to end: conversations (follow-up questions)", () => {
  it("private chat: a follow-up leans on the previous question; /start and /bantuan forget it", async () => {
    e = await startE2E({ flood: false });
    const me = { userId: 2101 };
    expect((await ask(e, 2101, textUpdate("kapan kerja sama madiun kediri diteken?", me))).text).toContain(
      "13 Januari 2026",
    );
    expect((await ask(e, 2101, textUpdate("tempatnya?", me))).text).toContain("Balai Kota Kediri");
    expect((await ask(e, 2101, textUpdate("hari apa itu?", me))).text).toContain("Selasa");
    expect((await ask(e, 2101, textUpdate("kalau wali kota kediri, ngomong apa?", me))).text).toContain(
      "Maaf",
    );
    await ask(e, 2101, textUpdate("/start", me));
    // Nothing carried over: a bare "hari apa itu?" has nothing to point at.
    expect((await ask(e, 2101, textUpdate("hari apa itu?", me))).text).toContain("Maaf");
    // /bantuan forgets it too.
    await ask(e, 2101, textUpdate("kapan kerja sama diteken?", me));
    await ask(e, 2101, textUpdate("/bantuan", me));
    expect((await ask(e, 2101, textUpdate("hari apa itu?", me))).text).toContain("Maaf");
  });

  it("a follow-up button, a 'Maksud Anda' choice or a topic command sets the topic", async () => {
    e = await startE2E({ flood: false });
    const me = { userId: 2102 };
    expect((await ask(e, 2102, textUpdate("siapa wali kota?", me))).text).toContain("Maksud Anda");
    expect((await ask(e, 2102, callbackUpdate("v1:e:wali-kota-kediri", me))).text).toContain("Vinanda");
    expect((await ask(e, 2102, textUpdate("jabatannya?", me))).text).toContain("Wali Kota Kediri");
    await ask(e, 2102, callbackUpdate("v1:e:target-2027", me));
    expect((await ask(e, 2102, textUpdate("kalau Kediri?", me))).text).toContain(
      "hanya untuk Pemerintah Kota Madiun",
    );
    // A topic command sets it too.
    await ask(e, 2102, textUpdate("/tujuan", me));
    expect((await ask(e, 2102, textUpdate("kenapa?", me))).text).toContain("sinergi");
  });

  it("group: two users interleaving keep their own threads; a new mention starts afresh", async () => {
    e = await startE2E();
    const group = -1002002;
    const bot = { id: e.api.botId, is_bot: true, first_name: "Bot", username: BOT.slice(1) };
    const a = { chatType: "supergroup" as const, chatId: group, userId: 3101 };
    const b = { chatType: "supergroup" as const, chatId: group, userId: 3102 };
    expect((await ask(e, group, textUpdate(`${BOT} kapan kerja sama diteken?`, a))).text).toContain(
      "13 Januari 2026",
    );
    expect((await ask(e, group, textUpdate(`${BOT} siapa wali kota kediri?`, b))).text).toContain("Vinanda");
    // A replies to the bot: A's thread is the signing, not B's mayor.
    const aFollow = textUpdate("hari apa itu?", { ...a, replyToFrom: bot });
    const aReply = await ask(e, group, aFollow);
    expect(aReply.text).toContain("Selasa");
    expect(aReply.replyTo).toBe((aFollow as { message: { message_id: number } }).message.message_id);
    // B replies to the bot: B's thread is the mayor of Kediri.
    const bReply = await ask(e, group, textUpdate("jabatannya?", { ...b, replyToFrom: bot }));
    expect(bReply.text).toContain("Wali Kota Kediri");
    expect(bReply.text).not.toContain("13 Januari");
    // A new mention (not a reply) starts a new thread: nothing to point at.
    expect((await ask(e, group, textUpdate(`${BOT} hari apa itu?`, a))).text).toContain("Maaf");
  });

  it("forgets a conversation after the quiet time (injected clock)", async () => {
    let clock = Date.UTC(2026, 10, 28, 3);
    e = await startE2E({ now: () => new Date(clock), conversation: { quietMs: 60_000 } });
    const me = { userId: 2103 };
    await ask(e, 2103, textUpdate("kapan kerja sama diteken?", me));
    clock += 59_000;
    expect((await ask(e, 2103, textUpdate("hari apa itu?", me))).text).toContain("Selasa");
    clock += 61_000;
    expect((await ask(e, 2103, textUpdate("hari apa itu?", me))).text).toContain("Maaf");
  });

  it("keeps the number of conversations capped under a flood of distinct chats", async () => {
    e = await startE2E({ flood: false, conversation: { maxConversations: 200 } });
    const chats = 3000;
    const first = 500_000;
    for (let i = 0; i < chats; i++) e.push(textUpdate("kapan kerja sama diteken?", { userId: first + i }));
    await e.reply(first + chats - 1, 0, 60_000);
    await e.app.idle(30_000);
    expect(e.app.conversations?.size).toBe(200);
    // The newest chat still has its topic; the oldest was evicted and starts afresh.
    expect(
      (await ask(e, first + chats - 1, textUpdate("hari apa itu?", { userId: first + chats - 1 }))).text,
    ).toContain("Selasa");
    expect((await ask(e, first, textUpdate("hari apa itu?", { userId: first }))).text).toContain("Maaf");
  }, 90_000);
});
