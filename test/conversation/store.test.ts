import { describe, expect, it } from "vitest";
import { type ConversationState, ConversationStore, DEFAULT_QUIET_MS } from "../../src/conversation/index.js";

const state = (at: number): ConversationState => ({ turns: [], updatedAt: at });
const t0 = Date.UTC(2026, 10, 28, 5);

describe("ConversationStore", () => {
  it("defaults to a 15-minute quiet time", () => {
    expect(DEFAULT_QUIET_MS).toBe(15 * 60_000);
    expect(new ConversationStore().quietMs).toBe(DEFAULT_QUIET_MS);
  });

  it("forgets a conversation quiet longer than the quiet time", () => {
    const store = new ConversationStore({ quietMs: 60_000 });
    store.set("p:1", state(t0));
    expect(store.get("p:1", new Date(t0 + 60_000))).toBeDefined();
    expect(store.get("p:1", new Date(t0 + 60_001))).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("evicts the least recently used beyond the cap; a read counts as use only through set", () => {
    const store = new ConversationStore({ maxConversations: 2 });
    store.set("a", state(t0));
    store.set("b", state(t0));
    store.set("a", state(t0 + 1));
    store.set("c", state(t0 + 2));
    expect(store.get("b", new Date(t0 + 3))).toBeUndefined();
    expect(store.get("a", new Date(t0 + 3))).toBeDefined();
    expect(store.get("c", new Date(t0 + 3))).toBeDefined();
  });

  it("stays capped under a flood of 100,000 distinct chats", () => {
    const store = new ConversationStore({ maxConversations: 1000 });
    for (let i = 0; i < 100_000; i++) store.set(`p:${i}`, state(t0 + i));
    expect(store.size).toBe(1000);
    expect(store.get("p:99999", new Date(t0 + 100_000))).toBeDefined();
    expect(store.get("p:0", new Date(t0 + 100_000))).toBeUndefined();
  });

  it("deletes on request and sweeps quiet conversations", () => {
    const store = new ConversationStore({ quietMs: 1000 });
    store.set("a", state(t0));
    store.set("b", state(t0 + 5000));
    store.delete("b");
    expect(store.size).toBe(1);
    store.set("b", state(t0 + 5000));
    expect(store.sweep(new Date(t0 + 5500))).toBe(1);
    expect(store.size).toBe(1);
  });
});
