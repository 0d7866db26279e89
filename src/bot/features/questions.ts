import { Composer } from "telegraf";
import { message } from "telegraf/filters";
import { converse } from "../../conversation/conversation.js";
import { type BotContext, type FeatureDeps, isGroupChat, setOutcome } from "../context.js";
import { escapeHtml, MAX_MESSAGE_CHARS } from "../html.js";
import { outcomeOf, renderAnswer, textWithButtons } from "../render.js";
import { sendReply, showTyping } from "../reply.js";
import { errorSummary } from "../retry.js";
import { fill, strings } from "../strings.js";
import { continuedConversation } from "./conversation.js";
import { isCommand, questionText } from "./groups.js";

/**
 * Free text is a question: checked (length, has words), then answered by the engine, with a typing
 * indicator while a reply is held up. Commands pass through to later composers. In groups only messages the group filter
 * let through arrive here, with the bot's @mention already removed.
 */
export function questionsFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.on(message("text"), async (ctx, next) => {
    if (isCommand(ctx.message)) return next();
    await answerQuestion(ctx, questionText(ctx, ctx.message.text), deps);
  });
  return c;
}

/** Answers one question in the update's chat; used for typed text. */
export async function answerQuestion(ctx: BotContext, question: string, deps: FeatureDeps): Promise<void> {
  const q = question.trim();
  if (q.length > MAX_MESSAGE_CHARS) {
    await sendReply(ctx, { html: escapeHtml(fill(strings.tooLong, { max: MAX_MESSAGE_CHARS })) }, deps);
    setOutcome(ctx, "rejected");
    return;
  }
  if (!/\p{L}/u.test(q)) {
    const engine = deps.engines.current();
    const text = q === "" && isGroupChat(ctx) ? strings.emptyMention : strings.noWords;
    await sendReply(ctx, textWithButtons(text, engine.examples()), deps);
    setOutcome(ctx, "rejected");
    return;
  }
  // The engine answers in about a millisecond, so "typing..." would cost every question an extra Bot API
  // call for nothing; it is shown only while a reply is held up (slow network, 429/5xx retries).
  const typing = setTimeout(() => {
    showTyping(ctx).catch(() => {
      // A failed typing indicator changes nothing for the reply.
    });
  }, deps.typingDelayMs);
  try {
    const now = deps.now();
    const engine = deps.engines.current();
    // A follow-up ("dimana?", "kalau Kediri?") is read against the conversation it continues.
    const store = deps.conversations;
    const { key, state } = store
      ? continuedConversation(ctx, store, now)
      : { key: undefined, state: undefined };
    const turn = store && key ? converse(engine, state, q, { now }) : undefined;
    const answer = turn ? turn.answer : engine.answer(q, { now });
    if (store && key && turn) store.set(key, turn.state);
    try {
      deps.onAnswer?.(answer, now);
    } catch (err) {
      // Recording is a side matter: the citizen still gets the answer.
      deps.logger.warn({ error: errorSummary(err) }, "onAnswer hook failed");
    }
    const sent = await sendReply(ctx, renderAnswer(answer), deps);
    if (sent) setOutcome(ctx, outcomeOf(answer));
  } finally {
    clearTimeout(typing);
  }
}
