import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-network";

describe("isPrivateAddress", () => {
  it("refuses this machine, private networks and cloud metadata", () => {
    for (const address of [
      "127.0.0.1",
      "127.1.2.3",
      "10.0.0.5",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.10",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::",
      "fd12:3456::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "::ffff:10.1.2.3",
      "not an address",
    ])
      expect(isPrivateAddress(address), address).toBe(true);
  });

  it("lets public addresses through", () => {
    for (const address of ["8.8.8.8", "41.138.96.1", "172.32.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(address), address).toBe(false);
  });
});
