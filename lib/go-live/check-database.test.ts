import { describe, expect, it } from "vitest";
import { checkDatabase } from "./check-database";

describe("checkDatabase", () => {
  it("passes PostgreSQL through DATABASE_URL", () => {
    expect(checkDatabase({ embedded: false, serverVersion: "15.8 (Debian 15.8-0+deb12u1)" })).toMatchObject({
      status: "ok",
      code: "postgresql",
      values: { version: "15.8 (Debian 15.8-0+deb12u1)" },
    });
  });

  it("says the embedded server is fine for one instance only", () => {
    expect(checkDatabase({ embedded: true, serverVersion: "17.10" })).toMatchObject({
      status: "ok",
      code: "embedded_one_instance",
    });
  });

  it("warns below PostgreSQL 15 and fails when the database does not answer", () => {
    expect(checkDatabase({ embedded: false, serverVersion: "14.2" }).code).toBe("old_version");
    expect(checkDatabase({ embedded: false, serverVersion: null })).toMatchObject({
      status: "fail",
      code: "unreachable",
    });
  });
});
