import { describe, expect, it } from "vitest";
import { pendingAgeLevel } from "./pending-age";

describe("pendingAgeLevel", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it("warns after 1 h, alarms after 24 h and 7 days", () => {
    expect(pendingAgeLevel(ago(59 * 60_000), now)).toBe("recent");
    expect(pendingAgeLevel(ago(3600_000), now)).toBe("over1h");
    expect(pendingAgeLevel(ago(24 * 3600_000), now)).toBe("over24h");
    expect(pendingAgeLevel(ago(7 * 24 * 3600_000), now)).toBe("over7d");
  });
});
