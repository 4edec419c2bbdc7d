import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS, readSessionTimes, sessionState } from "./session-policy";

const t0 = Date.UTC(2026, 10, 24, 8, 0, 0);

describe("sessionState", () => {
  it("stays active while requests keep coming, until the absolute limit", () => {
    expect(sessionState({ loginAt: t0, seenAt: t0 }, t0 + IDLE_TIMEOUT_MS - 1)).toBe("active");
    expect(
      sessionState({ loginAt: t0, seenAt: t0 + ABSOLUTE_TIMEOUT_MS - 60_000 }, t0 + ABSOLUTE_TIMEOUT_MS - 1),
    ).toBe("active");
    expect(
      sessionState({ loginAt: t0, seenAt: t0 + ABSOLUTE_TIMEOUT_MS - 60_000 }, t0 + ABSOLUTE_TIMEOUT_MS),
    ).toBe("absolute_expired");
  });

  it("expires after 30 minutes without a request", () => {
    expect(sessionState({ loginAt: t0, seenAt: t0 + 1000 }, t0 + 1000 + IDLE_TIMEOUT_MS)).toBe(
      "idle_expired",
    );
  });

  it("limits are the ones NIST asks for", () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * 60 * 1000);
    expect(ABSOLUTE_TIMEOUT_MS).toBe(12 * 60 * 60 * 1000);
  });
});

describe("readSessionTimes", () => {
  it("rejects tokens without our timestamps", () => {
    expect(readSessionTimes(null)).toBeNull();
    expect(readSessionTimes({ loginAt: "x", seenAt: 1 })).toBeNull();
    expect(readSessionTimes({ loginAt: 1, seenAt: 2, sub: "u" })).toEqual({ loginAt: 1, seenAt: 2 });
  });
});
