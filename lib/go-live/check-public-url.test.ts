import { describe, expect, it } from "vitest";
import { checkPublicUrl } from "./check-public-url";

describe("checkPublicUrl", () => {
  it("passes a public https address and gives the exact callback URL", () => {
    expect(checkPublicUrl("https://caisse.boutique.bf")).toEqual({
      id: "public_url",
      status: "ok",
      code: "public_https",
      values: {
        publicUrl: "https://caisse.boutique.bf",
        callbackUrl: "https://caisse.boutique.bf/api/ligdicash/callback",
        host: "caisse.boutique.bf",
      },
    });
  });

  it("fails the default http://localhost, naming both problems", () => {
    const result = checkPublicUrl("http://localhost:3000");
    expect(result).toMatchObject({ status: "fail", code: "loopback", notes: ["not_https"] });
    expect(result.values?.callbackUrl).toBe("http://localhost:3000/api/ligdicash/callback");
  });

  it.each([
    ["https://127.0.0.1", "loopback"],
    ["https://127.8.9.10:8443", "loopback"],
    ["https://[::1]", "loopback"],
    ["https://app.localhost", "loopback"],
    ["https://0.0.0.0", "loopback"],
    ["https://10.1.2.3", "private_address"],
    ["https://172.20.0.5", "private_address"],
    ["https://192.168.1.7", "private_address"],
    ["https://100.64.3.4", "private_address"],
    ["https://169.254.169.254", "private_address"],
    ["https://[fd00::1]", "private_address"],
    ["https://[::ffff:192.168.1.7]", "private_address"],
    ["https://caisse", "local_name"],
    ["https://caisse.local", "local_name"],
    ["https://caisse.internal", "local_name"],
    ["https://caisse.home.arpa", "local_name"],
  ])("fails %s as %s", (url, code) => {
    expect(checkPublicUrl(url)).toMatchObject({ status: "fail", code });
    expect(checkPublicUrl(url).notes).toBeUndefined();
  });

  it("fails a public address over plain http", () => {
    expect(checkPublicUrl("http://caisse.boutique.bf")).toMatchObject({ status: "fail", code: "not_https" });
  });

  it("passes public IP addresses over https", () => {
    expect(checkPublicUrl("https://41.138.100.7").status).toBe("ok");
    expect(checkPublicUrl("https://172.32.0.1").status).toBe("ok");
  });

  it("keeps a path prefix out of the callback URL as the client does (absolute path)", () => {
    expect(checkPublicUrl("https://shop.example.com/caisse/").values?.callbackUrl).toBe(
      "https://shop.example.com/api/ligdicash/callback",
    );
  });

  it("fails a value that is not a URL", () => {
    expect(checkPublicUrl("caisse dot bf")).toMatchObject({ status: "fail", code: "invalid" });
  });
});
