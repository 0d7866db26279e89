import { afterEach, describe, expect, it } from "vitest";
import { strings } from "../../src/bot/strings.js";
import { type FakeCall, fail } from "../support/fakeBotApi.js";
import { fakeEngine } from "./fakeEngine.js";
import { type Harness, startHarness } from "./harness.js";
import { callbackUpdate, nonTextUpdate, textUpdate } from "./updates.js";

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const buttons = (call: FakeCall | undefined) =>
  (call?.params.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;

describe("questions in a private chat", () => {
  it("answers at once in HTML with the dynamic text escaped and follow-up buttons (no typing call)", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("kapan ditandatangani?"));
    expect(h.api.calls.map((c) => c.method)).toEqual(["sendMessage"]);
    const msg = h.api.callsTo("sendMessage")[0];
    expect(msg?.params.parse_mode).toBe("HTML");
    expect(msg?.params.text).toContain("Jawaban untuk tanggal-penandatanganan &lt;b&gt;&amp;&lt;/b&gt;.");
    expect(msg?.params.text).not.toContain("<b>&</b>");
    const b = buttons(msg);
    expect(b.map((x) => x.callback_data)).toEqual(["v1:e:sektor", "v1:e:target-2027"]);
    expect(b[0]?.text).toBe("Apa saja sektor kerja samanya?");
  });

  it("shows typing while a reply is held up, and still delivers the reply", async () => {
    h = await startHarness(fakeEngine, { typingDelayMs: 30 });
    h.api.setHandler(async (call) => {
      if (call.method === "sendMessage") await new Promise((r) => setTimeout(r, 200));
      return undefined;
    });
    await h.send(textUpdate("kapan ditandatangani?"));
    const typing = h.api.callsTo("sendChatAction");
    expect(typing).toHaveLength(1);
    expect(typing[0]?.params).toMatchObject({ chat_id: 501, action: "typing" });
    expect(h.api.callsTo("sendMessage")).toHaveLength(1);
  });

  it("asks back with 'Maksud Anda' buttons when the engine is unsure", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("siapa wali kota?"));
    const msg = h.api.callsTo("sendMessage")[0];
    expect(msg?.params.text).toContain("Maksud Anda");
    expect(buttons(msg).map((x) => x.callback_data)).toEqual([
      "v1:e:wali-kota-madiun",
      "v1:e:wali-kota-kediri",
    ]);
  });

  it("declines with example-question buttons", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("harga cabai hari ini"));
    const msg = h.api.callsTo("sendMessage")[0];
    expect(msg?.params.text).toContain("belum punya informasi");
    expect(buttons(msg)).toHaveLength(3);
    expect(h.logs.find((l) => l.msg === "update")?.outcome).toBe("declined");
  });

  it("replies clearly to over-long messages and to messages without words", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate(`kapan ${"a".repeat(4100)}`));
    await h.send(textUpdate("🤔🤔 ?!"));
    const [long, emoji] = h.api.callsTo("sendMessage");
    expect(long?.params.text).toContain("terlalu panjang");
    expect(emoji?.params.text).toContain("tidak menemukan kata");
    expect(h.api.callsTo("sendChatAction")).toHaveLength(0);
  });
});

describe("buttons", () => {
  it("answers a valid follow-up button with the engine's entry", async () => {
    h = await startHarness(fakeEngine);
    await h.send(callbackUpdate("v1:e:sektor"));
    expect(h.api.calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendMessage"]);
    expect(h.api.callsTo("sendMessage")[0]?.params.text).toContain("Jawaban untuk sektor");
  });

  it.each(["v1:e:../../etc", "v0:e:sektor", "v1:e:tidak-ada", "x".repeat(80), "v1:zz:sektor", ""])(
    "answers forged or stale data %j politely and sends nothing else",
    async (data) => {
      h = await startHarness(fakeEngine);
      await h.send(callbackUpdate(data));
      expect(h.api.calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(h.api.calls[0]?.params.text).toBe(strings.staleButton);
      expect(h.logs.find((l) => l.msg === "update")?.outcome).toBe("stale");
    },
  );
});

describe("commands", () => {
  it("/start greets with example buttons; /start <topic> answers directly; unknown payload greets with a note", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("/start"));
    await h.send(textUpdate("/start sektor"));
    await h.send(textUpdate("/start target"));
    await h.send(textUpdate("/start hal-aneh"));
    const [greet, sektor, target, unknown] = h.api.callsTo("sendMessage");
    expect(greet?.params.text).toContain("Halo!");
    // Three example questions, then the subscription button.
    expect(buttons(greet)).toHaveLength(4);
    expect(buttons(greet)[3]?.callback_data).toBe("v1:s");
    expect(sektor?.params.text).toContain("Jawaban untuk sektor");
    expect(target?.params.text).toContain("Jawaban untuk target-2027");
    expect(unknown?.params.text).toContain(strings.unknownPayload);
    expect(unknown?.params.text).toContain("Halo!");
  });

  it("/bantuan lists the commands; topic commands answer through the engine", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("/bantuan"));
    await h.send(textUpdate("/tanggal"));
    await h.send(textUpdate("/kutipan"));
    await h.send(textUpdate("/sumber"));
    await h.send(textUpdate("/entahlah"));
    const [help, tanggal, kutipan, sumber, unknown] = h.api.callsTo("sendMessage").map((c) => c.params.text);
    expect(help).toContain("/sektor — Sektor-sektor kerja sama");
    expect(help).toContain("@KerjasamaMadiunKediriBot");
    expect(tanggal).toContain("Jawaban untuk tanggal-penandatanganan");
    expect(kutipan).toContain("&quot;Kerja sama ini penting&quot; — Maidi");
    expect(sumber).toContain("Sumber: KETIK");
    expect(unknown).toBe(strings.unknownCommand);
  });
});

describe("groups", () => {
  const group = { chatType: "supergroup" as const, chatId: -100777 };
  it("ignores chatter, answers mentions, /cmd@ThisBot and replies to the bot, in-thread", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("kapan ya ditandatangani", group));
    await h.send(textUpdate("/sektor@OtherBot", group));
    await h.send(textUpdate("/entahlah", group));
    await h.send(nonTextUpdate("sticker", group));
    expect(h.api.calls).toEqual([]);

    await h.send(textUpdate("@KerjasamaMadiunKediriBot kapan ditandatangani?", group));
    await h.send(textUpdate("/sektor@KerjasamaMadiunKediriBot", group));
    await h.send(textUpdate("/sektor", group));
    await h.send(
      textUpdate("kapan itu?", {
        ...group,
        replyToFrom: { id: h.api.botId, is_bot: true, first_name: "Bot" },
      }),
    );
    const sends = h.api.callsTo("sendMessage");
    expect(sends).toHaveLength(4);
    expect(sends[0]?.params.text).toContain("tanggal-penandatanganan");
    expect(sends[1]?.params.text).toContain("Jawaban untuk sektor");
    for (const s of sends) {
      expect(s.params.chat_id).toBe(-100777);
      expect(s.params.reply_parameters?.message_id).toEqual(expect.any(Number));
    }
  });

  it("a mention with no question gets a prompt; the engine never sees the @name", async () => {
    const seen: string[] = [];
    const spy = {
      ...fakeEngine,
      answer: (q: string, o: { now: Date }) => {
        seen.push(q);
        return fakeEngine.answer(q, o);
      },
    };
    h = await startHarness(spy);
    await h.send(textUpdate("@KerjasamaMadiunKediriBot", group));
    await h.send(textUpdate("kapan @KerjasamaMadiunKediriBot ditandatangani", group));
    expect(h.api.callsTo("sendMessage")[0]?.params.text).toContain("Ya? Silakan tulis");
    expect(seen).toEqual(["kapan ditandatangani"]);
  });

  it("stops at 20 messages per minute to one group", async () => {
    h = await startHarness(fakeEngine, { flood: false });
    for (let i = 0; i < 22; i++) await h.send(textUpdate("/sektor", { ...group, userId: 600 + i }));
    expect(h.api.callsTo("sendMessage")).toHaveLength(20);
    expect(h.logs.filter((l) => l.outcome === "group_limited")).toHaveLength(2);
  });
});

describe("other updates", () => {
  it("non-text messages get one polite line each", async () => {
    h = await startHarness(fakeEngine);
    for (const kind of ["sticker", "photo", "voice", "document", "location", "contact"]) {
      await h.send(nonTextUpdate(kind, { userId: 700 }));
    }
    const sends = h.api.callsTo("sendMessage");
    expect(sends).toHaveLength(6);
    expect(new Set(sends.map((s) => s.params.text))).toEqual(new Set([strings.nonText]));
  });

  it("ignores edited messages, channel posts and messages from bots", async () => {
    h = await startHarness(fakeEngine);
    const msg = textUpdate("kapan ditandatangani?").message;
    await h.send({ edited_message: { ...msg, edit_date: 1 } });
    await h.send({ channel_post: { ...msg, chat: { id: -1009, type: "channel", title: "Kanal" } } });
    await h.send(textUpdate("kapan ditandatangani?", { isBot: true }));
    expect(h.api.calls).toEqual([]);
    expect(h.logs.filter((l) => l.msg === "update").map((l) => l.outcome)).toEqual([
      "ignored",
      "ignored",
      "ignored",
    ]);
  });
});

describe("flood control", () => {
  it("gives a flooding user one notice then silence; other users are unaffected", async () => {
    h = await startHarness(fakeEngine, { flood: { timeFrameMs: 60_000, limit: 3 } });
    for (let i = 0; i < 7; i++) await h.send(textUpdate("kapan ditandatangani?", { userId: 801 }));
    await h.send(textUpdate("kapan ditandatangani?", { userId: 802 }));
    const to801 = h.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 801);
    expect(to801.map((c) => c.params.text === strings.flood)).toEqual([false, false, false, true]);
    expect(h.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 802)).toHaveLength(1);
    expect(h.logs.filter((l) => l.outcome === "limited")).toHaveLength(4);
  });
});

describe("flood control scope", () => {
  it("membership updates do not count against a user's limit", async () => {
    h = await startHarness(fakeEngine, { flood: { timeFrameMs: 60_000, limit: 1 } });
    const user = { id: 803, is_bot: false, first_name: "Warga" };
    const member = (status: string) => ({
      user: { id: h.api.botId, is_bot: true, first_name: "Bot" },
      status,
    });
    await h.send({
      my_chat_member: {
        chat: { id: 803, type: "private", first_name: "Warga" },
        from: user,
        date: 0,
        old_chat_member: member("kicked"),
        new_chat_member: member("member"),
      },
    });
    await h.send(textUpdate("kapan ditandatangani?", { userId: 803 }));
    const sends = h.api.callsTo("sendMessage").filter((c) => c.params.chat_id === 803);
    expect(sends.map((c) => c.params.text === strings.flood)).toEqual([false]);
  });
});

describe("errors", () => {
  it("a throwing handler is logged with update id and type, the user gets an apology, the next update is served", async () => {
    h = await startHarness(fakeEngine);
    const id = await h.send(textUpdate("boom"));
    await h.send(textUpdate("kapan ditandatangani?"));
    const texts = h.api.callsTo("sendMessage").map((c) => c.params.text);
    expect(texts[0]).toBe(strings.apology);
    expect(texts[1]).toContain("tanggal-penandatanganan");
    const err = h.logs.find((l) => l.msg === "update failed");
    expect(err).toMatchObject({ update_id: id, type: "message", error: "Error: engine exploded" });
    expect(h.logs.find((l) => l.msg === "update" && l.update_id === id)?.outcome).toBe("error");
  });

  it("a 403 on the reply is given up quietly: no apology, no retry", async () => {
    h = await startHarness(fakeEngine);
    h.api.setHandler((c) =>
      c.method === "sendMessage" ? fail(403, "Forbidden: bot was blocked by the user") : undefined,
    );
    await h.send(textUpdate("kapan ditandatangani?"));
    expect(h.api.callsTo("sendMessage")).toHaveLength(1);
    expect(h.logs.find((l) => l.msg === "update")?.outcome).toBe("blocked");
    expect(h.logs.some((l) => l.level === 50)).toBe(false);
  });

  it("retries a 5xx with backoff, then succeeds", async () => {
    h = await startHarness(fakeEngine);
    let failures = 2;
    h.api.setHandler((c) =>
      c.method === "sendMessage" && failures-- > 0 ? fail(502, "Bad Gateway") : undefined,
    );
    await h.send(textUpdate("kapan ditandatangani?"));
    expect(h.api.callsTo("sendMessage").map((c) => c.response?.status)).toEqual([502, 502, 200]);
    expect(h.logs.find((l) => l.msg === "update")?.outcome).toBe("answered");
  });

  it("log lines carry type, chat id, latency and outcome, never the token or the text", async () => {
    h = await startHarness(fakeEngine);
    await h.send(textUpdate("kapan ditandatangani rahasia-pribadi?", { userId: 901 }));
    const line = h.logs.find((l) => l.msg === "update");
    expect(line).toMatchObject({ type: "message:text", chat_id: 901, outcome: "answered" });
    expect(typeof line?.latency_ms).toBe("number");
    const all = h.rawLogs.join("\n");
    expect(all).not.toContain(h.api.token.split(":")[1]);
    expect(all).not.toContain("rahasia-pribadi");
  });
});
