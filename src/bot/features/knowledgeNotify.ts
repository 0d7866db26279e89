import type { Telegram } from "telegraf";
import type { RemovalNotice } from "../../knowledge/live.js";
import type { KnowledgeProblem } from "../../knowledge/problem.js";
import { fillIn, knowledgeStrings as s } from "../../knowledge/strings.js";
import type { Logger } from "../../log.js";
import { escapeHtml } from "../html.js";
import { problemsHtml } from "./knowledgeAdmin.js";

/**
 * The `onProblems` callback for LiveKnowledge: sends the problems of a rejected knowledge change to
 * every admin (ADMIN_IDS) in one HTML message each, saying which version keeps serving. A failure
 * to reach one admin is logged and does not stop the others. Never throws.
 */
export function createProblemNotifier(
  telegram: Pick<Telegram, "sendMessage">,
  adminIds: readonly number[],
  options: { version: () => string; logger?: Pick<Logger, "warn"> },
): (problems: KnowledgeProblem[]) => Promise<void> {
  return async (problems) => {
    if (problems.length === 0 || adminIds.length === 0) return;
    const html = `${escapeHtml(fillIn(s.problemsNotice, { version: options.version() }))}\n\n${problemsHtml(problems)}`;
    for (const chatId of adminIds) {
      try {
        await telegram.sendMessage(chatId, html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
      } catch (e) {
        options.logger?.warn({ err: e, chatId }, "could not send knowledge problems to an admin");
      }
    }
  };
}

/**
 * The `onRemoved` callback for LiveKnowledge: tells every admin which entry ids a change removed, and
 * when the change is held, that /muatulang loads it. A failure to reach one admin is logged. Never throws.
 */
export function createRemovalNotifier(
  telegram: Pick<Telegram, "sendMessage">,
  adminIds: readonly number[],
  options: { logger?: Pick<Logger, "warn"> } = {},
): (notice: RemovalNotice) => Promise<void> {
  return async (notice) => {
    const text = fillIn(notice.held ? s.removedHeld : s.removedServed, {
      count: notice.removed.length,
      before: notice.before,
      after: notice.after,
      ids: notice.removed.join(", "),
      version: notice.version,
    });
    for (const chatId of adminIds) {
      try {
        await telegram.sendMessage(chatId, escapeHtml(text), { parse_mode: "HTML" });
      } catch (e) {
        options.logger?.warn({ err: e, chatId }, "could not send the removed-entries notice to an admin");
      }
    }
  };
}
