import { describe, expect, it } from "vitest";
import { classifyFault, toApiFailure } from "../../src/broadcast/faults.js";
import { apiError } from "./helpers.js";

describe("classifyFault", () => {
  it.each([
    [403, "Forbidden: bot was blocked by the user"],
    [403, "Forbidden: user is deactivated"],
    [403, "Forbidden: bot was kicked from the group chat"],
    [403, "Forbidden: bot was kicked from the supergroup chat"],
    [400, "Bad Request: chat not found"],
  ])("%i %s marks the subscriber inactive", (code, description) => {
    expect(classifyFault(apiError(code, description)).kind).toBe("inactive");
  });

  it("treats an unknown 403 as forbidden (retried once), not as blocked", () => {
    expect(classifyFault(apiError(403, "Forbidden: something new")).kind).toBe("forbidden");
  });

  it("reads migrate_to_chat_id and retry_after from parameters", () => {
    expect(
      classifyFault(apiError(400, "Bad Request: group chat was upgraded", { migrate_to_chat_id: -1001234 })),
    ).toEqual({ kind: "migrated", newChatId: -1001234 });
    expect(classifyFault(apiError(429, "Too Many Requests: retry after 7", { retry_after: 7 }))).toEqual({
      kind: "rate_limited",
      retryAfterS: 7,
    });
  });

  it("backs off on 5xx and network errors, fails other 400s at once", () => {
    expect(classifyFault(apiError(502, "Bad Gateway")).kind).toBe("transient");
    const net = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    expect(classifyFault(net)).toMatchObject({ kind: "transient" });
    expect(toApiFailure(net).description).toContain("ECONNRESET");
    expect(classifyFault(apiError(400, "Bad Request: message is too long")).kind).toBe("permanent");
  });

  it("accepts a raw Bot API reply object", () => {
    expect(
      classifyFault({ ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" })
        .kind,
    ).toBe("inactive");
  });
});
