import type { Db } from "../storage/db.js";
import type { ChatKind, Subscriber, SubscriberStatus } from "./types.js";

interface SubscriberRow {
  chat_id: number;
  kind: ChatKind;
  status: SubscriberStatus;
  subscribed_at: string;
  updated_at: string;
  inactive_reason: string | null;
}

const toSubscriber = (r: SubscriberRow): Subscriber => ({
  chatId: r.chat_id,
  kind: r.kind,
  status: r.status,
  subscribedAt: r.subscribed_at,
  updatedAt: r.updated_at,
  inactiveReason: r.inactive_reason,
});

/** `created`: first subscription; `reactivated`: was unsubscribed/inactive; `already`: nothing changed. */
export type SubscribeOutcome = "created" | "reactivated" | "already";

/** Subscriber repository over the `subscribers` table. All methods are synchronous and idempotent. */
export interface SubscriberRepo {
  /** Subscribes a chat (idempotent). */
  subscribe(chatId: number, kind: ChatKind, now: Date): SubscribeOutcome;
  /** Unsubscribes; returns false when the chat was not an active subscriber. */
  unsubscribe(chatId: number, now: Date): boolean;
  /** Marks a chat unreachable (blocked, kicked, deactivated, not found). No-op for unknown chats. */
  markInactive(chatId: number, reason: string, now: Date): boolean;
  /** Moves a subscriber to a new chat id (group upgraded to supergroup). */
  migrate(oldChatId: number, newChatId: number, now: Date): void;
  /**
   * Deletes every row about the chat: its subscription and delivery records, and the chat's id on
   * announcements it created. Returns the number of records deleted or unlinked.
   */
  forget(chatId: number): number;
  get(chatId: number): Subscriber | undefined;
  countActive(): number;
}

/** Creates the subscriber repository on an open, migrated database. */
export function createSubscriberRepo(db: Db): SubscriberRepo {
  const getStmt = db.prepare<[number], SubscriberRow>("SELECT * FROM subscribers WHERE chat_id = ?");
  const insert = db.prepare(
    "INSERT INTO subscribers (chat_id, kind, status, subscribed_at, updated_at) VALUES (?, ?, 'active', ?, ?)",
  );
  const reactivate = db.prepare(
    "UPDATE subscribers SET status = 'active', kind = ?, subscribed_at = ?, updated_at = ?, inactive_reason = NULL WHERE chat_id = ?",
  );
  const setStatus = db.prepare(
    "UPDATE subscribers SET status = ?, updated_at = ?, inactive_reason = ? WHERE chat_id = ? AND status = 'active'",
  );
  const countActive = db.prepare<[], { n: number }>(
    "SELECT COUNT(*) AS n FROM subscribers WHERE status = 'active'",
  );
  const delSub = db.prepare("DELETE FROM subscribers WHERE chat_id = ?");
  const delDeliveries = db.prepare("DELETE FROM broadcast_deliveries WHERE chat_id = ?");
  const moveSub = db.prepare(
    "UPDATE subscribers SET chat_id = ?, kind = 'supergroup', updated_at = ? WHERE chat_id = ?",
  );

  const subscribe = db.transaction((chatId: number, kind: ChatKind, now: Date): SubscribeOutcome => {
    const iso = now.toISOString();
    const row = getStmt.get(chatId);
    if (!row) {
      insert.run(chatId, kind, iso, iso);
      return "created";
    }
    if (row.status === "active") return "already";
    reactivate.run(kind, iso, iso, chatId);
    return "reactivated";
  });

  const migrate = db.transaction((oldChatId: number, newChatId: number, now: Date) => {
    const old = getStmt.get(oldChatId);
    if (!old) return;
    if (getStmt.get(newChatId)) delSub.run(oldChatId);
    else moveSub.run(newChatId, now.toISOString(), oldChatId);
  });

  // Announcements an admin created from this chat stay (they went to everyone) but lose the link to it.
  // A job made from a Telegram command has the key `tg:<chat>:<message>` (see broadcastFeature): it is
  // replaced by one naming only the job, so no column keeps the chat id.
  const unlinkJobs = db.prepare(
    `UPDATE broadcast_jobs SET
       created_by = CASE WHEN created_by = @id THEN NULL ELSE created_by END,
       origin_chat_id = CASE WHEN origin_chat_id = @id THEN NULL ELSE origin_chat_id END,
       status_chat_id = CASE WHEN status_chat_id = @id THEN NULL ELSE status_chat_id END,
       status_message_id = CASE WHEN status_chat_id = @id THEN NULL ELSE status_message_id END,
       idem_key = CASE WHEN substr(idem_key, 1, length(@key)) = @key THEN 'erased:' || id ELSE idem_key END
     WHERE created_by = @id OR origin_chat_id = @id OR status_chat_id = @id
        OR substr(idem_key, 1, length(@key)) = @key`,
  );

  const forget = db.transaction((chatId: number) => {
    return (
      delSub.run(chatId).changes +
      delDeliveries.run(chatId).changes +
      unlinkJobs.run({ id: chatId, key: `tg:${chatId}:` }).changes
    );
  });

  return {
    subscribe,
    unsubscribe: (chatId, now) => setStatus.run("unsubscribed", now.toISOString(), null, chatId).changes > 0,
    markInactive: (chatId, reason, now) =>
      setStatus.run("inactive", now.toISOString(), reason, chatId).changes > 0,
    migrate,
    forget,
    get: (chatId) => {
      const r = getStmt.get(chatId);
      return r ? toSubscriber(r) : undefined;
    },
    countActive: () => countActive.get()?.n ?? 0,
  };
}
