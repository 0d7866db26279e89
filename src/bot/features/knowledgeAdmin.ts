import { Composer } from "telegraf";
import type { BotCommand } from "telegraf/types";
import { describeKinds, gapReport } from "../../gaps/report.js";
import type { GapStore } from "../../gaps/store.js";
import type { KnowledgeVersionInfo, LiveKnowledge } from "../../knowledge/live.js";
import type { KnowledgeProblem } from "../../knowledge/problem.js";
import { fillIn, formatJakartaTime, knowledgeStrings as s } from "../../knowledge/strings.js";
import type { Logger } from "../../log.js";
import type { BotFeature } from "../bot.js";
import { type BotContext, setOutcome } from "../context.js";
import { isAdmin } from "../filters.js";
import { bold, escapeHtml, MAX_MESSAGE_CHARS } from "../html.js";

/** Admin commands of this feature. Kept out of the public command menu: citizens cannot use them. */
export const KNOWLEDGE_ADMIN_COMMANDS: BotCommand[] = [
  { command: "muatulang", description: "Muat ulang pengetahuan sekarang (admin)" },
  { command: "versi", description: "Versi pengetahuan yang dipakai (admin)" },
  { command: "celah", description: "10 kelompok pertanyaan belum terjawab (admin)" },
];

/** Problems listed in one Telegram message; the rest are counted. */
const MAX_LISTED_PROBLEMS = 10;
const CELAH_LIMIT = 10;

/** What the knowledge admin commands need; built once in main.ts. */
export interface KnowledgeFeatureDeps {
  live: Pick<LiveKnowledge, "reload" | "info" | "current">;
  /** The unanswered-questions store; without it /celah says there is nothing recorded. */
  gaps?: Pick<GapStore, "prune" | "list">;
  adminIds: readonly number[];
  retentionDays: number;
  now?: () => Date;
  logger?: Pick<Logger, "info" | "warn">;
}

/**
 * /muatulang (reload now; report entries and version, or the errors), /versi (content hash, loaded
 * time in WIB, entry count, files, sources) and /celah (top 10 groups of unanswered questions).
 * Only ADMIN_IDS may use them; anyone else gets a polite refusal. Replies are HTML with every dynamic
 * string escaped.
 */
export function knowledgeFeature(deps: KnowledgeFeatureDeps): BotFeature {
  const admin = isAdmin(deps.adminIds);
  const now = deps.now ?? (() => new Date());
  const c = new Composer<BotContext>();
  const reply = (ctx: BotContext, html: string) =>
    ctx.reply(fitHtml(html), { parse_mode: "HTML", link_preview_options: { is_disabled: true } });

  c.command(
    KNOWLEDGE_ADMIN_COMMANDS.map((x) => x.command),
    async (ctx) => {
      setOutcome(ctx, "command");
      if (!admin(ctx)) {
        deps.logger?.info({ command: ctx.command }, "admin command refused");
        await reply(ctx, escapeHtml(s.notAdmin));
        return;
      }
      if (ctx.command === "muatulang") {
        const outcome = await deps.live.reload();
        deps.logger?.info(
          { ok: outcome.ok, version: outcome.info.version, ms: Math.round(outcome.ms) },
          "/muatulang",
        );
        await reply(
          ctx,
          outcome.ok
            ? reloadedHtml(outcome.info, outcome.changed, outcome.removed)
            : failedHtml(outcome.info, outcome.problems),
        );
      } else if (ctx.command === "versi") {
        await reply(ctx, versionHtml(deps.live.info()));
      } else {
        await reply(ctx, gapsHtml(deps, now()));
      }
    },
  );
  return {
    name: "knowledge",
    middleware: c.middleware(),
    admin: { commands: KNOWLEDGE_ADMIN_COMMANDS.map((x) => x.command) },
  };
}

function reloadedHtml(info: KnowledgeVersionInfo, changed: boolean, removed: string[] = []): string {
  let head = escapeHtml(
    fillIn(changed ? s.reloadOk : s.reloadUnchanged, { entries: info.entries, version: info.version }),
  );
  if (removed.length) head += `\n${escapeHtml(fillIn(s.reloadRemoved, { ids: removed.join(", ") }))}`;
  if (!info.warnings.length) return head;
  return `${head}\n\n${escapeHtml(fillIn(s.reloadWarnings, { count: info.warnings.length }))}\n${problemsHtml(info.warnings)}`;
}

function failedHtml(info: KnowledgeVersionInfo, problems: KnowledgeProblem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const head = escapeHtml(
    fillIn(s.reloadFailed, { count: errors.length, version: info.version, entries: info.entries }),
  );
  return `${head}\n\n${problemsHtml(errors)}`;
}

/** The problems as an HTML list: location in <code>, message, hint. Escaped. */
export function problemsHtml(problems: readonly KnowledgeProblem[]): string {
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => {
    const where = `<code>${escapeHtml(`${p.file}:${p.line}:${p.column}`)}</code>`;
    const hint = p.hint ? `\n   <i>saran: ${escapeHtml(p.hint)}</i>` : "";
    return `• ${where} ${escapeHtml(p.message)}${hint}`;
  });
  if (problems.length > MAX_LISTED_PROBLEMS) {
    shown.push(escapeHtml(fillIn(s.moreProblems, { count: problems.length - MAX_LISTED_PROBLEMS })));
  }
  return shown.join("\n");
}

function versionHtml(info: KnowledgeVersionInfo): string {
  const sources = info.sources.map((src) => {
    const title = src.title ? ` — ${src.title}` : "";
    return `• ${escapeHtml(`${src.outlet}${title}${src.date ? ` (${src.date})` : ""}`)}`;
  });
  return [
    bold(s.versionTitle),
    escapeHtml(fillIn(s.versionHash, { version: info.version })),
    escapeHtml(fillIn(s.versionLoadedAt, { loadedAt: formatJakartaTime(info.loadedAt) })),
    escapeHtml(fillIn(s.versionEntries, { entries: info.entries })),
    escapeHtml(fillIn(s.versionFiles, { files: info.files.join(", ") })),
    escapeHtml(s.versionSources),
    ...sources,
  ].join("\n");
}

function gapsHtml(deps: KnowledgeFeatureDeps, now: Date): string {
  const days = deps.retentionDays;
  if (!deps.gaps) return escapeHtml(fillIn(s.gapsEmpty, { days }));
  const report = gapReport(deps.gaps, deps.live.current(), { now, limit: CELAH_LIMIT });
  if (report.groups.length === 0) return escapeHtml(fillIn(s.gapsEmpty, { days }));
  const lines = [bold(fillIn(s.gapsTitle, { days })), ""];
  report.groups.forEach((g, i) => {
    lines.push(escapeHtml(fillIn(s.gapsLine, { rank: i + 1, count: g.count, label: g.label })));
    const detail = fillIn(s.gapsDetail, {
      lastAskedAt: formatJakartaTime(g.lastAskedAt),
      kinds: describeKinds(g.kinds),
    });
    lines.push(`<i>${escapeHtml(detail)}</i>`);
    if (g.unknownTerms.length) {
      lines.push(
        `<i>${escapeHtml(fillIn(s.gapsUnknown, { terms: g.unknownTerms.slice(0, 5).join(", ") }))}</i>`,
      );
    }
    const others = g.questions.slice(1, 4).map((q) => `"${q.text}" (${q.count}×)`);
    if (others.length) lines.push(`<i>${escapeHtml(fillIn(s.gapsAlso, { others: others.join(", ") }))}</i>`);
  });
  lines.push("");
  lines.push(
    escapeHtml(
      fillIn(s.gapsFooter, {
        groups: report.totalGroups,
        open: report.openQuestions,
        resolved: report.resolvedQuestions,
      }),
    ),
  );
  if (report.totalGroups > CELAH_LIMIT) lines.push(escapeHtml(s.gapsMore));
  return lines.join("\n");
}

/** Keeps a message under Telegram's limit by dropping whole lines (never cutting inside a tag). */
function fitHtml(html: string): string {
  if (html.length <= MAX_MESSAGE_CHARS) return html;
  const lines = html.split("\n");
  while (lines.length > 1 && lines.join("\n").length > MAX_MESSAGE_CHARS - 2) lines.pop();
  return `${lines.join("\n")}\n…`;
}
