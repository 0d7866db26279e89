import { Composer } from "telegraf";
import type { BotCommand } from "telegraf/types";
import { type BotContext, type FeatureDeps, setOutcome } from "../context.js";
import { escapeHtml } from "../html.js";
import { outcomeOf, renderAnswer } from "../render.js";
import { sendReply } from "../reply.js";
import { fill, strings } from "../strings.js";
import { answerTopic, findTopic, TOPICS } from "../topics.js";
import { rememberChosenAnswer } from "./conversation.js";

/** The built-in commands, in menu order, for setMyCommands and /bantuan. */
export const BUILTIN_COMMANDS: BotCommand[] = [
  { command: "start", description: strings.commands.start },
  { command: "bantuan", description: strings.commands.bantuan },
  ...TOPICS.map((t) => ({ command: t.command, description: strings.commands[t.command] })),
];

/**
 * /bantuan (and /help): how to use the bot and the command list (`commands`, including those of
 * extra features). Topic commands (/sektor, /tanggal, /kutipan, ...) answer without a typed question,
 * through the engine.
 */
export function commandsFeature(deps: FeatureDeps, commands: readonly BotCommand[]): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.command(["bantuan", "help"], async (ctx) => {
    const list = commands.map((x) => `/${escapeHtml(x.command)} — ${escapeHtml(x.description)}`).join("\n");
    const intro = escapeHtml(fill(strings.help, { username: ctx.botInfo?.username ?? "bot" }));
    await sendReply(ctx, { html: `${intro}\n${list}` }, deps);
    setOutcome(ctx, "command");
  });
  c.command(
    TOPICS.map((t) => t.command),
    async (ctx) => {
      const topic = findTopic(ctx.command);
      const answer = topic && answerTopic(deps.engines.current(), topic.target, { now: deps.now() });
      if (!answer) {
        await sendReply(ctx, { html: escapeHtml(strings.topicUnavailable) }, deps);
        setOutcome(ctx, "declined");
        return;
      }
      rememberChosenAnswer(ctx, deps, answer);
      if (await sendReply(ctx, renderAnswer(answer), deps)) setOutcome(ctx, outcomeOf(answer));
    },
  );
  return c;
}
