import { describe, expect, it } from "vitest";
import { reconnectDelay } from "./reconnect-delay";

describe("reconnectDelay", () => {
  it("doubles after each failure up to its ceiling, and starts over after a success", () => {
    const delay = reconnectDelay(500, 4_000);
    expect([delay.next(), delay.next(), delay.next(), delay.next(), delay.next()]).toEqual([
      500, 1_000, 2_000, 4_000, 4_000,
    ]);
    delay.reset();
    expect(delay.next()).toBe(500);
  });
});
