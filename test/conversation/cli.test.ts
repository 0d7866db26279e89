import { spawnSync } from "node:child_process";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runTerminalChat } from "../../src/cli/chat.js";
import { at, shippedEngine } from "../support/engine.js";

describe("ask --conversation (the contract of ../shared/eval/score-conv.mjs)", () => {
  it("reads turns from stdin, one JSON line per turn; '---' starts a new conversation and prints nothing", () => {
    const input = ["kapan kerja sama diteken?", "dimana?", "---", "hari apa itu?", ""].join("\n");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/ask.ts", "--json", "--now", "2026-11-28", "--conversation"],
      { input, encoding: "utf8", timeout: 60_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { question: string; asked?: string; answered: boolean; text: string });
    expect(lines.map((l) => l.question)).toEqual(["kapan kerja sama diteken?", "dimana?", "hari apa itu?"]);
    expect(lines[1]?.answered).toBe(true);
    expect(lines[1]?.text).toContain("Balai Kota Kediri");
    expect(lines[1]?.asked).toMatch(/^dimana /);
    // A new conversation: nothing carried over, so the bare "hari apa itu?" is declined as before.
    expect(lines[2]?.answered).toBe(false);
    expect(lines[2]?.asked).toBeUndefined();
  }, 60_000);
});

describe("terminal chat", () => {
  const engines = { current: shippedEngine };
  const chat = async (lines: string[], clock: () => Date) => {
    const out = new PassThrough();
    let text = "";
    out.on("data", (c) => {
      text += String(c);
    });
    await runTerminalChat(engines, Readable.from([`${lines.join("\n")}\n`]), out, clock, 15 * 60_000);
    return text;
  };

  it("is one conversation: a follow-up leans on the previous question", async () => {
    const text = await chat(["kapan kerja sama diteken?", "hari apa itu?"], () => at("2026-11-28"));
    const followUp = text.split("> hari apa itu?")[1] ?? "";
    expect(followUp).toContain("Selasa");
    expect(followUp).not.toContain("Maaf");
  });

  it("forgets the topic after the quiet time", async () => {
    let t = at("2026-11-28").getTime();
    const text = await chat(["kapan kerja sama diteken?", "hari apa itu?"], () => {
      const now = new Date(t);
      t += 16 * 60_000;
      return now;
    });
    expect(text.split("> hari apa itu?")[1]).toContain("Maaf");
  });
});
