import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { newWebhookSecret, signedHeaders } from "./signing";

const body = JSON.stringify({ type: "invoice.paid", data: { id: "inv1", amount: 12_500 } });

describe("signedHeaders", () => {
  it("signs what a Standard Webhooks receiver verifies, and nothing altered", () => {
    const secret = newWebhookSecret();
    const headers = signedHeaders(
      "msg_1",
      body,
      { secret, previousSecret: null, previousSecretUntil: null },
      new Date(),
    );
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace("12500", "125000"), headers)).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it("signs with both secrets during a rotation's overlap, with the new one only after it", () => {
    const [oldSecret, newSecret] = [newWebhookSecret(), newWebhookSecret()];
    const now = new Date();
    const during = signedHeaders(
      "msg_2",
      body,
      {
        secret: newSecret,
        previousSecret: oldSecret,
        previousSecretUntil: new Date(now.getTime() + 60_000),
      },
      now,
    );
    expect(new Webhook(oldSecret).verify(body, during)).toBeTruthy();
    expect(new Webhook(newSecret).verify(body, during)).toBeTruthy();
    const after = signedHeaders(
      "msg_3",
      body,
      {
        secret: newSecret,
        previousSecret: oldSecret,
        previousSecretUntil: new Date(now.getTime() - 1),
      },
      now,
    );
    expect(() => new Webhook(oldSecret).verify(body, after)).toThrow();
    expect(new Webhook(newSecret).verify(body, after)).toBeTruthy();
  });
});
