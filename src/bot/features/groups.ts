import type { MiddlewareFn } from "telegraf";
import type { Message, MessageEntity } from "telegraf/types";
import type { BotContext } from "../context.js";
import { isGroupChat, setOutcome } from "../context.js";

/**
 * Group and supergroup rules: the bot only takes part when addressed. A message passes when it is a
 * command for this bot (`/cmd`, or `/cmd@ThisBot`; `/cmd@OtherBot` is ignored), mentions the bot, or
 * replies to one of the bot's own messages. Everything else in a group is ignored silently.
 * Private chats and non-message updates pass unchanged.
 */
export const groupFilter: MiddlewareFn<BotContext> = async (ctx, next) => {
  const msg = ctx.message;
  if (!msg || !isGroupChat(ctx)) return next();
  if (isAddressed(ctx, msg)) return next();
  setOutcome(ctx, "ignored");
};

type AnyMessage = Message & {
  text?: string;
  caption?: string;
  entities?: MessageEntity[];
  caption_entities?: MessageEntity[];
};

/** True when the message starts with a bot command entity. */
export function isCommand(msg: object): boolean {
  const m = msg as AnyMessage;
  const first = m.entities?.[0];
  return first?.type === "bot_command" && first.offset === 0;
}

/** The command's target bot (`/cmd@Name` -> "Name"), or undefined for a bare command. */
export function commandTarget(msg: object): string | undefined {
  const m = msg as AnyMessage;
  const first = m.entities?.[0];
  if (!m.text || first?.type !== "bot_command" || first.offset !== 0) return undefined;
  return m.text.slice(0, first.length).split("@")[1];
}

function isAddressed(ctx: BotContext, msg: Message): boolean {
  const m = msg as AnyMessage;
  const me = ctx.botInfo?.username?.toLowerCase();
  if (isCommand(m)) {
    const to = commandTarget(m);
    return to === undefined || to.toLowerCase() === me;
  }
  const text = m.text ?? m.caption ?? "";
  const entities = m.entities ?? m.caption_entities ?? [];
  for (const e of entities) {
    if (e.type === "mention" && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me)
      return true;
    if (e.type === "text_mention" && e.user.id === ctx.botInfo?.id) return true;
  }
  const replyTo = (m as { reply_to_message?: Message }).reply_to_message;
  return replyTo?.from?.id !== undefined && replyTo.from.id === ctx.botInfo?.id;
}

/** The question in a message: in groups, with every @mention of this bot removed. */
export function questionText(ctx: BotContext, text: string): string {
  const me = ctx.botInfo?.username;
  if (!me || !isGroupChat(ctx)) return text;
  const escaped = me.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text
    .replace(new RegExp(`@${escaped}\\b`, "gi"), " ")
    .replace(/\s+/g, " ")
    .trim();
}
