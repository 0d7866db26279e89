import type { MiddlewareFn } from "telegraf";
import { type BotContext, setOutcome } from "./context.js";
import { isCommand } from "./features/groups.js";
import { strings } from "./strings.js";

/** What the guard recognises as admin-only: command names (without "/") and button data. */
export interface AdminSurface {
  commands: Iterable<string>;
  /** True for the data of an admin-only button (e.g. the announcement draft's Kirim / Batal). */
  isAdminCallback?: (data: string | undefined) => boolean;
}

/**
 * Admin commands and buttons work in a private chat only: their output (unanswered questions, the
 * knowledge version, announcement drafts with their buttons) must not be posted where anyone can
 * read it. In a group or channel, an admin command gets a one-line pointer to the private chat and
 * an admin button press gets the same text as an alert; nothing else runs. Whether the sender is an
 * admin is not even checked here, so the pointer says nothing about who is one.
 */
export function adminPrivateOnly(surface: AdminSurface): MiddlewareFn<BotContext> {
  const commands = new Set([...surface.commands].map((c) => c.toLowerCase()));
  return async (ctx, next) => {
    if (!ctx.chat || ctx.chat.type === "private") return next();
    if (ctx.callbackQuery) {
      const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
      if (!surface.isAdminCallback?.(data)) return next();
      setOutcome(ctx, "rejected");
      await ctx.answerCbQuery(strings.adminPrivateOnly, { show_alert: true });
      return;
    }
    const msg = ctx.message;
    if (!msg || !("text" in msg) || !isCommand(msg)) return next();
    const first = msg.entities?.[0];
    const name =
      msg.text
        .slice(1, first?.length ?? 1)
        .split("@")[0]
        ?.toLowerCase() ?? "";
    if (!commands.has(name)) return next();
    // A command for another bot (/cmd@OtherBot) never reaches here: the group filter drops it.
    setOutcome(ctx, "rejected");
    await ctx.reply(strings.adminPrivateOnly);
  };
}
