/** Shared types of the broadcast domain. Nothing here knows Telegram's client library or the database. */

/** The kind of Telegram chat a subscriber is. */
export type ChatKind = "private" | "group" | "supergroup" | "channel";

/** `inactive`: Telegram said we cannot reach the chat (blocked, kicked, deactivated, not found). */
export type SubscriberStatus = "active" | "inactive" | "unsubscribed";

export interface Subscriber {
  chatId: number;
  kind: ChatKind;
  status: SubscriberStatus;
  subscribedAt: string;
  updatedAt: string;
  inactiveReason: string | null;
}

/**
 * A formatting span of a message, in UTF-16 code units as Telegram counts them (the shape of
 * Telegram's MessageEntity; `url` for text links).
 */
export interface TextEntity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

/** What every subscriber receives: plain text plus formatting entities (no parse mode to escape). */
export interface OutgoingMessage {
  text: string;
  entities: TextEntity[];
}

/**
 * draft: preview shown, waiting for "Kirim". queued: confirmed, waits for `scheduledAt`.
 * running: deliveries materialised and being sent. done / cancelled: final.
 */
export type JobStatus = "draft" | "queued" | "running" | "done" | "cancelled";

export interface BroadcastJob {
  id: number;
  idemKey: string;
  status: JobStatus;
  message: OutgoingMessage;
  createdBy: number | null;
  originChatId: number | null;
  createdAt: string;
  scheduledAt: string;
  confirmedAt: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  statusChatId: number | null;
  statusMessageId: number | null;
}

/**
 * pending: not sent yet. sending: handed to Telegram, answer not recorded yet (the one in flight; after a
 * crash it is sent again). sent / failed / inactive (subscriber unreachable) / skipped (duplicate after a
 * chat migration) / cancelled: final.
 */
export type DeliveryStatus = "pending" | "sending" | "sent" | "failed" | "inactive" | "skipped" | "cancelled";

export interface Delivery {
  id: number;
  jobId: number;
  chatId: number;
  status: DeliveryStatus;
  attempts: number;
}

/** Counts of a job's deliveries, for progress and the final report. */
export interface JobStats {
  total: number;
  sent: number;
  failed: number;
  inactive: number;
  skipped: number;
  cancelled: number;
  /** pending + sending. */
  remaining: number;
}

/** Milliseconds since the epoch; injected so tests can fix time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
