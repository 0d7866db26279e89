import { Composer } from "telegraf";
import { type BotContext, type FeatureDeps, setOutcome } from "../context.js";
import { escapeHtml } from "../html.js";
import { suggestionsKeyboard } from "../keyboards.js";
import { outcomeOf, renderAnswer } from "../render.js";
import { sendReply } from "../reply.js";
import { strings } from "../strings.js";
import { answerTopic, findTopic } from "../topics.js";
import { subscribeButton } from "./broadcastCallbacks.js";

const PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * /start: a greeting saying what the bot knows, with example-question buttons. A deep-link payload
 * (`t.me/<bot>?start=sektor`, arriving as `/start sektor`) naming a topic or an entry id is answered
 * directly; an unknown payload gets the greeting with a short note.
 */
export function startFeature(deps: FeatureDeps): Composer<BotContext> {
  const c = new Composer<BotContext>();
  c.start(async (ctx) => {
    const payload = ctx.payload.trim();
    if (payload) {
      const engine = deps.engines.current();
      const options = { now: deps.now() };
      const topic = PAYLOAD.test(payload) ? findTopic(payload) : undefined;
      const answer = topic
        ? answerTopic(engine, topic.target, options)
        : PAYLOAD.test(payload)
          ? engine.answerEntry(payload.toLowerCase(), options)
          : undefined;
      if (answer) {
        if (await sendReply(ctx, renderAnswer(answer), deps)) setOutcome(ctx, outcomeOf(answer));
        return;
      }
    }
    await sendGreeting(ctx, deps, payload !== "");
  });
  return c;
}

/** The greeting with example buttons (also used when /start has an unknown payload). */
export async function sendGreeting(
  ctx: BotContext,
  deps: FeatureDeps,
  unknownPayload = false,
): Promise<void> {
  const examples = suggestionsKeyboard(deps.engines.current().examples());
  // The subscription button (handled by the subscription feature) always ends the keyboard.
  const keyboard = { inline_keyboard: [...(examples?.inline_keyboard ?? []), [subscribeButton()]] };
  const note = unknownPayload ? `${escapeHtml(strings.unknownPayload)}\n\n` : "";
  const html = `${note}${escapeHtml(strings.greeting)}${examples ? `\n\n<i>${escapeHtml(strings.examplesHeading)}</i>` : ""}`;
  await sendReply(ctx, { html, keyboard }, deps);
  setOutcome(ctx, "command");
}
