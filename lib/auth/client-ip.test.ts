import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";
import { buildTrustedProxies, invalidProxyEntries } from "./trusted-proxies";

const none = buildTrustedProxies("");
const proxies = buildTrustedProxies("10.0.0.0/8, 192.168.1.7 fd00::/8");
const xff = (value: string) => new Headers({ "x-forwarded-for": value });

describe("clientIpFrom", () => {
  it("takes the socket's address (the last hop) when no proxy is trusted, whatever the client claims", () => {
    expect(clientIpFrom(xff("203.0.113.77"), none)).toBe("203.0.113.77");
    expect(clientIpFrom(xff("203.0.113.77, 198.51.100.9"), none)).toBe("198.51.100.9");
    expect(clientIpFrom(xff("1.1.1.1, 10.0.0.5"), none)).toBe("10.0.0.5");
  });

  it("walks past trusted proxies only, and never further than the first untrusted hop", () => {
    expect(clientIpFrom(xff("198.51.100.9, 10.1.2.3"), proxies)).toBe("198.51.100.9");
    expect(clientIpFrom(xff("203.0.113.77, 198.51.100.9, 192.168.1.7, 10.1.2.3"), proxies)).toBe(
      "198.51.100.9",
    );
    // A client that writes a trusted-looking hop itself still ends at its own untrusted address.
    expect(clientIpFrom(xff("10.9.9.9, 198.51.100.9, 10.1.2.3"), proxies)).toBe("198.51.100.9");
    // Only 192.168.1.7 is trusted in that network, not its neighbours.
    expect(clientIpFrom(xff("198.51.100.9, 192.168.1.8"), proxies)).toBe("192.168.1.8");
  });

  it("takes the leftmost hop when every hop is a trusted proxy", () => {
    expect(clientIpFrom(xff("10.0.0.2, 10.0.0.1"), proxies)).toBe("10.0.0.2");
  });

  it("understands IPv6 and IPv4 peers on a dual-stack socket", () => {
    expect(clientIpFrom(xff("::ffff:127.0.0.1"), none)).toBe("127.0.0.1");
    expect(clientIpFrom(xff("2001:db8::1, FD12::3"), proxies)).toBe("2001:db8::1");
    expect(clientIpFrom(xff("2001:db8::1, ::ffff:10.2.3.4"), proxies)).toBe("2001:db8::1");
    expect(clientIpFrom(xff("2001:db8::1, ::1"), none)).toBe("::1");
  });

  it("stops at the proxy that passed on garbage, and never returns what is not an address", () => {
    expect(clientIpFrom(xff("<script>, 10.0.0.1"), proxies)).toBe("10.0.0.1");
    expect(clientIpFrom(xff("198.51.100.9:5000, 10.0.0.1"), proxies)).toBe("10.0.0.1");
    expect(clientIpFrom(xff(", ,10.0.0.1"), proxies)).toBe("10.0.0.1");
    expect(clientIpFrom(xff("not-an-ip"), none)).toBe("unknown");
    expect(clientIpFrom(new Headers(), none)).toBe("unknown");
  });

  it("reads Node's header records too (a repeated header arrives as an array)", () => {
    expect(clientIpFrom({ "x-forwarded-for": ["198.51.100.9", "10.0.0.1"] }, proxies)).toBe("198.51.100.9");
    expect(clientIpFrom({ "x-real-ip": "203.0.113.77" }, none)).toBe("unknown");
  });
});

describe("invalidProxyEntries", () => {
  it("accepts addresses and CIDR ranges of both families, separated by commas or spaces", () => {
    expect(invalidProxyEntries("10.0.0.0/8, 172.16.0.0/12 192.168.0.1 ::1 fd00::/8 0.0.0.0/0")).toEqual([]);
    expect(invalidProxyEntries("")).toEqual([]);
  });

  it("names every entry that is not an address or a range", () => {
    expect(
      invalidProxyEntries("10.0.0.0/33, proxy.local, 10.0.0.1/8/1, fd00::/129, 10.0.0.0/x, 300.1.1.1"),
    ).toEqual(["10.0.0.0/33", "proxy.local", "10.0.0.1/8/1", "fd00::/129", "10.0.0.0/x", "300.1.1.1"]);
  });
});
