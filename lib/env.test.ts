import { describe, expect, it } from "vitest";
import { LIGDICASH_LIVE_BASE_URL, parseEnv } from "./env";

describe("parseEnv", () => {
  it("runs on embedded defaults with nothing set", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.EMBEDDED_DB_PORT).not.toBe(5432);
    expect(env.LIGDICASH_BASE_URL).toBe(LIGDICASH_LIVE_BASE_URL);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable in one bilingual message", () => {
    expect(() => parseEnv({ PORT: "abc", LIGDICASH_BASE_URL: "not a url" })).toThrowError(
      /Configuration invalide \/ invalid configuration:[\s\S]*PORT[\s\S]*LIGDICASH_BASE_URL/,
    );
  });

  it("requires LigdiCash credentials in production unless the simulator runs", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrowError(
      /LIGDICASH_API_KEY[\s\S]*LIGDICASH_AUTH_TOKEN/,
    );
    expect(parseEnv({ NODE_ENV: "production", LIGDICASH_SIMULATOR: "1" }).NODE_ENV).toBe("production");
    expect(
      parseEnv({ NODE_ENV: "production", LIGDICASH_API_KEY: "k", LIGDICASH_AUTH_TOKEN: "t" })
        .LIGDICASH_API_KEY,
    ).toBe("k");
  });

  it("accepts TRUSTED_PROXIES as addresses and ranges, and names the entries it refuses", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toBe("");
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8 192.168.1.7" }).TRUSTED_PROXIES).toBe(
      "10.0.0.0/8, fd00::/8 192.168.1.7",
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, lb.internal, 10.0.0.0/40" })).toThrowError(
      /TRUSTED_PROXIES: not an IP address or CIDR range: lb\.internal, 10\.0\.0\.0\/40/,
    );
  });
});
