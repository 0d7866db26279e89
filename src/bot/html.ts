/**
 * HTML for Telegram's `parse_mode: "HTML"`. Every dynamic string goes through `escapeHtml`; the only
 * markup the bot adds is built here from escaped parts.
 */

/** Escapes the three characters Telegram's HTML parser treats specially (&, <, >) plus quotes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `<b>` around escaped text. */
export function bold(text: string): string {
  return `<b>${escapeHtml(text)}</b>`;
}

/** Telegram's hard limit on a message's text length. */
export const MAX_MESSAGE_CHARS = 4096;

/**
 * Cuts plain text so that, once escaped, it fits in `maxEscaped` characters; adds an ellipsis when cut.
 * Cutting the plain text (not the HTML) never splits an entity.
 */
export function fitPlain(text: string, maxEscaped: number): string {
  if (escapeHtml(text).length <= maxEscaped) return text;
  let cut = text.slice(0, maxEscaped);
  while (cut.length && escapeHtml(`${cut}…`).length > maxEscaped)
    cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}…`;
}
