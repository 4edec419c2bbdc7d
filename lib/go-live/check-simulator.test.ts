import { describe, expect, it } from "vitest";
import { checkSimulator } from "./check-simulator";

describe("checkSimulator", () => {
  it("warns loudly in simulator mode", () => {
    expect(checkSimulator({ simulator: true, baseUrl: "http://127.0.0.1:4010/pay/v01/" })).toMatchObject({
      status: "warn",
      code: "simulator",
    });
  });

  it("passes LigdiCash's live URL, with or without its trailing slash", () => {
    expect(checkSimulator({ simulator: false, baseUrl: "https://app.ligdicash.com/pay/v01" }).status).toBe(
      "ok",
    );
    expect(checkSimulator({ simulator: false, baseUrl: "https://app.ligdicash.com/pay/v01/" }).code).toBe(
      "live",
    );
  });

  it("names another base URL (the legacy test host, a proxy)", () => {
    expect(
      checkSimulator({ simulator: false, baseUrl: "https://test.ligdicash.com/pay/v01/" }),
    ).toMatchObject({
      status: "warn",
      code: "other_base_url",
    });
  });
});
