import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-callback";

const origin = "https://caisse.example.bf";

describe("safeCallbackPath", () => {
  it("keeps a path on Caisse, with its query and fragment", () => {
    expect(safeCallbackPath("/invoices?status=pending#top", origin)).toBe("/invoices?status=pending#top");
    expect(safeCallbackPath("/", origin)).toBe("/");
  });

  it("sends every way to another host back to the overview", () => {
    for (const value of [
      "//evil.example/x",
      "/\\127.0.0.1:8123/x",
      "/\\\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example/x",
      "/\n/evil.example/x",
      "/\r/evil.example",
      "/\u0000/evil.example",
      "https://evil.example/x",
      "javascript:alert(1)",
      "evil.example",
      "",
    ]) {
      expect(safeCallbackPath(value, origin), JSON.stringify(value)).toBe("/");
    }
  });

  it("refuses values that are not one string (a repeated query parameter, none at all)", () => {
    expect(safeCallbackPath(["/a", "/b"], origin)).toBe("/");
    expect(safeCallbackPath(undefined, origin)).toBe("/");
  });
});
