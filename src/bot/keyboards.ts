import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import type { Suggestion } from "../engine/types.js";
import { encodeEntryButton } from "./callbackData.js";

/** Longest button label we send; Telegram shows long labels badly on phones. */
export const MAX_BUTTON_LABEL = 60;

function label(text: string): string {
  const t = text.trim().replace(/\s+/g, " ");
  return t.length <= MAX_BUTTON_LABEL ? t : `${t.slice(0, MAX_BUTTON_LABEL - 1).trimEnd()}…`;
}

/**
 * One button per suggestion (one per row, so the whole question is readable), each carrying its entry
 * id as `v1:e:<entryId>`. Suggestions whose id cannot be encoded, and repeats, are skipped; `undefined`
 * when nothing is left (Telegram rejects an empty keyboard).
 */
export function suggestionsKeyboard(
  suggestions: readonly Suggestion[],
  max = 3,
): InlineKeyboardMarkup | undefined {
  const rows: InlineKeyboardButton[][] = [];
  const seen = new Set<string>();
  for (const s of suggestions) {
    if (rows.length >= max) break;
    if (seen.has(s.entryId) || !s.question.trim()) continue;
    let data: string;
    try {
      data = encodeEntryButton(s.entryId);
    } catch {
      continue;
    }
    seen.add(s.entryId);
    rows.push([{ text: label(s.question), callback_data: data }]);
  }
  return rows.length ? { inline_keyboard: rows } : undefined;
}
