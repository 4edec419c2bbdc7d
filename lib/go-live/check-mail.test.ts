import { describe, expect, it } from "vitest";
import { checkMail } from "./check-mail";

describe("checkMail", () => {
  it("watches an unset server, fails one that refuses, passes one that signs Caisse in", () => {
    expect(checkMail({ configured: false })).toMatchObject({ status: "warn", code: "not_configured" });
    expect(checkMail({ configured: true, reachable: false, errorCode: "EAUTH" })).toMatchObject({
      status: "fail",
      code: "unreachable",
      values: { error: "EAUTH" },
    });
    expect(checkMail({ configured: true, reachable: true })).toMatchObject({
      status: "ok",
      code: "reachable",
    });
  });
});
