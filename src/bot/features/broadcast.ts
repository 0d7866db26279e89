import { Composer } from "telegraf";
import type { Message } from "telegraf/types";
import type { JobRepo } from "../../broadcast/jobs.js";
import {
  announcementBody,
  MAX_MESSAGE_LENGTH,
  renderAnnouncement,
  sliceEntities,
} from "../../broadcast/message.js";
import { formatWib, splitScheduled } from "../../broadcast/schedule.js";
import { fill, broadcastStrings as S } from "../../broadcast/strings.js";
import type { SubscriberRepo } from "../../broadcast/subscribers.js";
import type { TextEntity } from "../../broadcast/types.js";
import type { Logger } from "../../log.js";
import type { BotFeature } from "../bot.js";
import type { BotContext } from "../context.js";
import { setOutcome } from "../context.js";
import { isAdmin } from "../filters.js";
import { decodeBroadcastCallback, isBroadcastCallback, previewKeyboard } from "./broadcastCallbacks.js";

export interface BroadcastFeatureDeps {
  jobs: JobRepo;
  subscribers: SubscriberRepo;
  /** ADMIN_IDS: the only users who may announce, schedule, cancel or press Kirim / Batal. */
  adminIds: readonly number[];
  now: () => Date;
  logger: Logger;
  /** Tells the worker a job was confirmed (so it starts now rather than at its next poll). */
  wake: () => void;
}

type TextMessage = Message.TextMessage;

/** Something before "|" that looks like an attempt at a time ("besok 8", "2026-12-01 08:00"). */
const LOOKS_LIKE_TIME = /^(?=.*\d)[\p{L}\d\s:./-]{1,40}$/u;

/**
 * Admins' side (ADMIN_IDS only): `/umumkan <teks>` or `/umumkan <waktu> | <teks>` (WIB) stores a draft
 * and shows the exact message subscribers will get, with "Kirim" / "Batal" buttons; "Kirim" confirms the
 * draft exactly once (a repeated update or double press changes nothing) and wakes the worker.
 * `/jadwal` lists scheduled announcements, `/batal <id>` cancels one (or stops a running one).
 * The draft's key is the admin's command message, so a redelivered update never makes a second job.
 */
export function broadcastFeature(deps: BroadcastFeatureDeps): BotFeature {
  const c = new Composer<BotContext>();
  const admin = isAdmin(deps.adminIds);

  c.command("umumkan", async (ctx) => {
    if (!admin(ctx)) {
      await ctx.reply(S.adminOnly);
      return setOutcome(ctx, "rejected");
    }
    const msg = ctx.message as TextMessage;
    const cmd = msg.entities?.[0];
    const argsStart = cmd && cmd.type === "bot_command" && cmd.offset === 0 ? cmd.length : 0;
    let start = argsStart;
    while (start < msg.text.length && /\s/.test(msg.text[start] ?? "")) start++;
    const args = msg.text.slice(start);
    const now = deps.now();
    const split = splitScheduled(args, now);
    let when: Date | undefined;
    let bodyStart = start;
    if (split.timeText !== undefined && (split.when || LOOKS_LIKE_TIME.test(split.timeText))) {
      if (!split.when) {
        await ctx.reply(fill(S.badTime, { time: split.timeText }));
        return setOutcome(ctx, "rejected");
      }
      if (split.when.getTime() <= now.getTime()) {
        await ctx.reply(fill(S.pastTime, { time: formatWib(split.when) }));
        return setOutcome(ctx, "rejected");
      }
      when = split.when;
      bodyStart = start + split.bodyStart;
    }
    let end = msg.text.length;
    while (end > bodyStart && /\s/.test(msg.text[end - 1] ?? "")) end--;
    if (end <= bodyStart) {
      await ctx.reply(S.umumkanUsage);
      return setOutcome(ctx, "command");
    }
    const entities = sliceEntities((msg.entities ?? []) as TextEntity[], bodyStart, end);
    const message = renderAnnouncement(msg.text.slice(bodyStart, end), entities);
    if (message.text.length > MAX_MESSAGE_LENGTH) {
      await ctx.reply(fill(S.tooLongAnnouncement, { length: message.text.length, max: MAX_MESSAGE_LENGTH }));
      return setOutcome(ctx, "rejected");
    }
    const { job } = deps.jobs.create({
      idemKey: `tg:${ctx.chat.id}:${msg.message_id}`,
      message,
      createdBy: ctx.from.id,
      originChatId: ctx.chat.id,
      scheduledAt: when,
      now,
      status: "draft",
    });
    // A redelivered update whose draft was already confirmed or cancelled shows nothing new.
    if (job.status !== "draft") return setOutcome(ctx, "ignored");
    const intro = when
      ? fill(S.previewIntroScheduled, { id: job.id, when: formatWib(when) })
      : fill(S.previewIntro, { id: job.id, count: deps.subscribers.countActive() });
    await ctx.reply(intro);
    await ctx.reply(job.message.text, {
      entities: job.message.entities as never,
      reply_markup: previewKeyboard(job.id),
    });
    setOutcome(ctx, "command");
  });

  c.on("callback_query", async (ctx, next) => {
    const data = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    if (!isBroadcastCallback(data)) return next();
    const action = decodeBroadcastCallback(data);
    if (action.kind === "subscribe") return next();
    if (action.kind === "stale") {
      await ctx.answerCbQuery(S.staleButton);
      return setOutcome(ctx, "stale");
    }
    if (!admin(ctx)) {
      await ctx.answerCbQuery(S.adminOnlyButton, { show_alert: true });
      return setOutcome(ctx, "rejected");
    }
    const id = action.jobId;
    const now = deps.now();
    let notice: string;
    if (action.kind === "send") {
      const outcome = deps.jobs.confirm(id, now);
      if (outcome === "confirmed") {
        const job = deps.jobs.get(id);
        const scheduled = job && new Date(job.scheduledAt).getTime() > now.getTime();
        notice = scheduled
          ? fill(S.confirmedScheduled, { id, when: formatWib(new Date(job.scheduledAt)) })
          : fill(S.confirmedNow, { id });
        deps.logger.info({ job: id, admin: ctx.from.id }, "broadcast: job confirmed");
        deps.wake();
      } else if (outcome === "already") notice = fill(S.alreadyConfirmed, { id });
      else if (outcome === "cancelled") notice = fill(S.alreadyCancelled, { id });
      else notice = fill(S.jobMissing, { id });
      await ctx.answerCbQuery(outcome === "confirmed" ? undefined : notice);
      if (outcome !== "confirmed") return setOutcome(ctx, "command");
    } else {
      const outcome = deps.jobs.get(id)?.status === "draft" ? deps.jobs.cancel(id, now) : undefined;
      notice = outcome === "cancelled" ? fill(S.cancelledDraft, { id }) : fill(S.alreadyConfirmed, { id });
      await ctx.answerCbQuery(outcome === "cancelled" ? undefined : notice);
      if (outcome !== "cancelled") return setOutcome(ctx, "command");
    }
    try {
      await ctx.editMessageReplyMarkup(undefined);
    } catch (err) {
      deps.logger.debug({ error: String(err) }, "broadcast: could not remove preview buttons");
    }
    await ctx.reply(notice);
    setOutcome(ctx, "command");
  });

  c.command("jadwal", async (ctx) => {
    if (!admin(ctx)) {
      await ctx.reply(S.adminOnly);
      return setOutcome(ctx, "rejected");
    }
    const queued = deps.jobs.listQueued();
    if (queued.length === 0) {
      await ctx.reply(S.scheduleEmpty);
      return setOutcome(ctx, "command");
    }
    const lines = queued.map((j) => {
      const body = announcementBody(j.message).replace(/\s+/g, " ");
      return fill(S.scheduleItem, {
        id: j.id,
        when: formatWib(new Date(j.scheduledAt)),
        preview: body.length > 60 ? `${body.slice(0, 59)}…` : body,
      });
    });
    await ctx.reply(`${S.scheduleHeading}\n${lines.join("\n")}`);
    setOutcome(ctx, "command");
  });

  c.command("batal", async (ctx) => {
    if (!admin(ctx)) {
      await ctx.reply(S.adminOnly);
      return setOutcome(ctx, "rejected");
    }
    const arg = ctx.payload.trim().replace(/^#/, "");
    if (!/^[1-9]\d{0,9}$/.test(arg)) {
      await ctx.reply(S.batalUsage);
      return setOutcome(ctx, "command");
    }
    const id = Number(arg);
    const wasRunning = deps.jobs.get(id)?.status === "running";
    const outcome = deps.jobs.cancel(id, deps.now());
    const text =
      outcome === "cancelled"
        ? fill(wasRunning ? S.batalRunning : S.batalDone, { id })
        : outcome === "already"
          ? fill(S.alreadyCancelled, { id })
          : outcome === "finished"
            ? fill(S.batalFinished, { id })
            : fill(S.jobMissing, { id });
    if (outcome === "cancelled")
      deps.logger.info({ job: id, admin: ctx.from.id }, "broadcast: job cancelled");
    await ctx.reply(text);
    setOutcome(ctx, "command");
  });

  // Admin commands stay out of the public command menu, and work in a private chat only.
  return {
    name: "broadcast",
    middleware: c,
    commands: [],
    admin: {
      commands: ["umumkan", "jadwal", "batal"],
      isAdminCallback: (data) => isBroadcastCallback(data) && data.startsWith("v1:b:"),
    },
  };
}
