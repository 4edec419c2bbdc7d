import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, nextAttemptAt } from "./retry-schedule";

const T0 = new Date("2026-12-06T10:00:00.000Z");
const after = (ms: number) => new Date(T0.getTime() + ms);

describe("nextAttemptAt", () => {
  it("backs off 5 s, 5 min, 30 min, 2 h, 5 h, then 10 h", () => {
    expect(nextAttemptAt(1, T0, T0)).toEqual(after(5_000));
    expect(nextAttemptAt(2, T0, T0)).toEqual(after(300_000));
    expect(nextAttemptAt(3, T0, T0)).toEqual(after(1_800_000));
    expect(nextAttemptAt(4, T0, T0)).toEqual(after(7_200_000));
    expect(nextAttemptAt(5, T0, T0)).toEqual(after(18_000_000));
    expect(nextAttemptAt(6, T0, T0)).toEqual(after(36_000_000));
    expect(nextAttemptAt(12, T0, T0)).toEqual(after(36_000_000));
  });

  it("keeps trying for three days, not one attempt beyond", () => {
    let now = T0;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const next = nextAttemptAt(attempts, T0, now);
      if (!next) break;
      now = next;
    }
    expect(now.getTime() - T0.getTime()).toBeLessThanOrEqual(GIVE_UP_AFTER_MS);
    expect(now.getTime() - T0.getTime()).toBeGreaterThan(GIVE_UP_AFTER_MS - 36_000_000);
    expect(attempts).toBe(12);
  });
});
