import { describe, expect, it } from "vitest";
import { checkSessionSecret } from "./check-session-secret";

const strong = "k".repeat(43);

describe("checkSessionSecret", () => {
  it("passes an explicit secret of 32 characters or more", () => {
    expect(checkSessionSecret({ secret: strong, generated: false })).toMatchObject({
      status: "ok",
      code: "explicit",
    });
  });

  it("warns on the secret the start command generated", () => {
    expect(checkSessionSecret({ secret: strong, generated: true })).toMatchObject({
      status: "warn",
      code: "generated",
    });
  });

  it("warns on a short secret and fails on none", () => {
    expect(checkSessionSecret({ secret: "changeme", generated: false })).toMatchObject({
      status: "warn",
      code: "short",
    });
    expect(checkSessionSecret({ secret: undefined, generated: false })).toMatchObject({
      status: "fail",
      code: "missing",
    });
    expect(checkSessionSecret({ secret: "", generated: false }).status).toBe("fail");
  });
});
