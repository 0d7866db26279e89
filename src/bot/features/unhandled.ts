import { Composer } from "telegraf";
import { message } from "telegraf/filters";
import { type BotContext, type FeatureDeps, isGroupChat, setOutcome } from "../context.js";
import { escapeHtml } from "../html.js";
import { sendReply } from "../reply.js";
import { strings } from "../strings.js";
import { commandTarget, isCommand } from "./groups.js";

/**
 * Last in the chain. An unknown command gets a pointer to /bantuan (in groups only when addressed
 * explicitly as `/cmd@ThisBot`, since a bare `/cmd` may be meant for another bot). Anything else that
 * reached here (service messages, member updates, ...) is ignored.
 */
export function unhandledFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on(message("text"), async (ctx, next) => {
    if (!isCommand(ctx.message)) return next();
    if (isGroupChat(ctx) && commandTarget(ctx.message) === undefined) return next();
    await sendReply(ctx, { html: escapeHtml(strings.unknownCommand) }, deps);
    setOutcome(ctx, "command");
  });
  c.use((ctx) => {
    if (ctx.state.outcome === undefined) setOutcome(ctx, "ignored");
  });
  return c;
}
