import { describe, expect, it } from "vitest";
import { servedOverHttps } from "./session-cookie";

describe("servedOverHttps", () => {
  it("follows CAISSE_PUBLIC_URL, whatever next-auth's own URL says", () => {
    expect(servedOverHttps({ CAISSE_PUBLIC_URL: "https://caisse.example.bf" })).toBe(true);
    expect(
      servedOverHttps({
        CAISSE_PUBLIC_URL: "https://caisse.example.bf",
        NEXTAUTH_URL: "http://10.0.0.5:3000",
      }),
    ).toBe(true);
    expect(servedOverHttps({ NEXTAUTH_URL: "https://caisse.example.bf" })).toBe(true);
  });

  it("is off for a plain-HTTP address or none", () => {
    expect(servedOverHttps({ CAISSE_PUBLIC_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });
});
