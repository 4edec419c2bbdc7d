import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { parseStoredNotice, verifierChannel } from "./verifier-channel";

describe("the verifier's channel", () => {
  it("is an identifier the configuration accepts, and nothing that could escape a LISTEN statement is", () => {
    const channel = verifierChannel("0a1b2c3d4e5f6a7b");
    expect(parseEnv({ CAISSE_VERIFIER_CHANNEL: channel }).CAISSE_VERIFIER_CHANNEL).toBe(channel);
    for (const hostile of [
      "caisse_verify_x; UNLISTEN *",
      'caisse_verify_"x"',
      "other_channel",
      "caisse_verify_",
    ])
      expect(() => parseEnv({ CAISSE_VERIFIER_CHANNEL: hostile })).toThrowError(/CAISSE_VERIFIER_CHANNEL/);
  });
});

describe("parseStoredNotice", () => {
  it("reads the id and the claim the INSERT announced", () => {
    expect(parseStoredNotice('{"id":"d1","t":"inv1","s":"completed","a":12500}')).toEqual({
      id: "d1",
      claim: { transactionId: "inv1", status: "completed", amount: 12500 },
    });
    expect(parseStoredNotice('{"id":"d2","t":null,"s":null,"a":null}')).toEqual({
      id: "d2",
      claim: { transactionId: null, status: null, amount: null },
    });
  });

  it("refuses anything else on the channel", () => {
    for (const payload of [
      "",
      "not json",
      "null",
      "[]",
      '{"id":42}',
      '{"id":"d","t":1,"s":null,"a":null}',
      '{"id":"d","t":null,"s":null,"a":1.5}',
    ])
      expect(parseStoredNotice(payload)).toBeNull();
  });
});
