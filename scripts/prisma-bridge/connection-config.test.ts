import { describe, expect, it } from "vitest";
import { parseDatabaseUrl, withDatabase } from "./connection-config";

describe("parseDatabaseUrl", () => {
  it("splits a URL into pg fields, decoding the credentials", () => {
    const config = parseDatabaseUrl(
      "postgresql://caisse:p%40ss%2Fw@db.example:6543/caisse_prod?schema=app&sslmode=require",
    );
    expect(config.pool).toMatchObject({
      host: "db.example",
      port: 6543,
      user: "caisse",
      password: "p@ss/w",
      database: "caisse_prod",
      ssl: { rejectUnauthorized: false },
    });
    expect(config.pool).not.toHaveProperty("connectionString");
    expect(config).toMatchObject({ database: "caisse_prod", schema: "app", location: "db.example:6543" });
  });

  it("defaults like libpq, without TLS unless asked", () => {
    const config = parseDatabaseUrl("postgres://postgres@127.0.0.1/");
    expect(config.pool).toMatchObject({ host: "127.0.0.1", port: 5432, database: "postgres", ssl: false });
    expect(config.pool.password).toBeUndefined();
    expect(config.schema).toBeUndefined();
  });

  it("takes a Unix socket from ?host=", () => {
    const config = parseDatabaseUrl("postgresql:///caisse?host=/run/postgresql&user=me");
    expect(config.pool).toMatchObject({ host: "/run/postgresql", user: "me", database: "caisse" });
  });

  it("verifies certificates for verify-full", () => {
    expect(parseDatabaseUrl("postgresql://h/db?sslmode=verify-full").pool.ssl).toEqual({
      rejectUnauthorized: true,
    });
  });

  it("refuses another kind of URL", () => {
    expect(() => parseDatabaseUrl("mysql://localhost/caisse")).toThrow(/PostgreSQL/);
  });

  it("points at another database of the same server (the shadow database)", () => {
    const shadow = withDatabase(parseDatabaseUrl("postgresql://u:p@h:1/main"), "shadow_1");
    expect(shadow.pool).toMatchObject({ host: "h", port: 1, user: "u", password: "p", database: "shadow_1" });
    expect(shadow.database).toBe("shadow_1");
  });
});
