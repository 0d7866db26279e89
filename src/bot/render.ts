import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Answer, Suggestion } from "../engine/types.js";
import type { Outcome } from "./context.js";
import { escapeHtml, fitPlain, MAX_MESSAGE_CHARS } from "./html.js";
import { suggestionsKeyboard } from "./keyboards.js";
import { strings } from "./strings.js";

/** A reply ready to send: HTML (every dynamic part escaped) and an optional inline keyboard. */
export interface Reply {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Plain text (escaped here) under a fixed heading, with suggestion buttons. */
export function textWithButtons(text: string, suggestions: readonly Suggestion[], heading?: string): Reply {
  const keyboard = suggestionsKeyboard(suggestions);
  const tail = keyboard && heading ? `\n\n<i>${escapeHtml(heading)}</i>` : "";
  const body = escapeHtml(fitPlain(text, MAX_MESSAGE_CHARS - tail.length));
  return keyboard ? { html: body + tail, keyboard } : { html: body };
}

/**
 * Renders an engine Answer: answered -> text + related follow-up buttons; clarify -> the engine's text
 * (or "Maksud Anda yang mana?") + one button per candidate; decline -> the engine's text + example
 * question buttons (the engine's text introduces them). The text is the engine's, escaped; the bot adds nothing of substance.
 */
export function renderAnswer(answer: Answer): Reply {
  switch (answer.kind) {
    case "answer":
      return textWithButtons(answer.text, answer.related, strings.relatedHeading);
    case "clarify":
      return textWithButtons(answer.text.trim() || strings.clarifyPrompt, answer.choices);
    default:
      // The engine's decline text already introduces the examples ("Saya bisa menjawab seputar ...:").
      return textWithButtons(answer.text, answer.choices);
  }
}

/** The log outcome for an answer. */
export function outcomeOf(answer: Answer): Outcome {
  return answer.kind === "answer" ? "answered" : answer.kind === "clarify" ? "clarify" : "declined";
}
