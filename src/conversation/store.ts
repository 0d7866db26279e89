import type { ConversationState } from "./types.js";

/** Limits of a conversation store. */
export interface ConversationStoreOptions {
  /** A conversation quiet for longer than this is forgotten (default 15 minutes). */
  quietMs?: number;
  /** At most this many conversations are kept; the least recently used go first (default 10,000). */
  maxConversations?: number;
}

export const DEFAULT_QUIET_MS = 15 * 60_000;
export const DEFAULT_MAX_CONVERSATIONS = 10_000;

/**
 * Conversation states by key (a chat, or a user's thread in a group), in memory only: bounded (least
 * recently used evicted), forgotten after the quiet time, never written anywhere. Keys are opaque to it.
 */
export class ConversationStore {
  readonly quietMs: number;
  readonly maxConversations: number;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  private readonly states = new Map<string, ConversationState>();

  constructor(options: ConversationStoreOptions = {}) {
    this.quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
    this.maxConversations = Math.max(1, options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS);
  }

  /** The live state for `key` at `now`, or undefined (never seen, evicted, or quiet too long: then dropped). */
  get(key: string, now: Date): ConversationState | undefined {
    const state = this.states.get(key);
    if (!state) return undefined;
    if (now.getTime() - state.updatedAt > this.quietMs) {
      this.states.delete(key);
      return undefined;
    }
    return state;
  }

  /** Stores the state after a turn (most recently used), evicting the least recently used beyond the cap. */
  set(key: string, state: ConversationState): void {
    this.states.delete(key);
    this.states.set(key, state);
    while (this.states.size > this.maxConversations) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
  }

  /** Forgets one conversation (/start, /bantuan). */
  delete(key: string): void {
    this.states.delete(key);
  }

  /** Drops every conversation quiet longer than the quiet time at `now`; returns how many. */
  sweep(now: Date): number {
    let dropped = 0;
    for (const [key, state] of this.states) {
      if (now.getTime() - state.updatedAt > this.quietMs) {
        this.states.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  /** Number of conversations held. */
  get size(): number {
    return this.states.size;
  }
}
