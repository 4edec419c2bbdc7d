import { BlockList, isIP } from "node:net";
import { CALLBACK_PATH } from "@/lib/ligdicash/endpoints";
import { check, type CheckResult } from "./types";

/**
 * `CAISSE_PUBLIC_URL` is where LigdiCash posts its callbacks and where customers open their
 * payment links: it must be reachable from the Internet (not loopback, not a private network, not
 * a name only a local network resolves) and served over HTTPS (staff sign in through it). The
 * callback URL to give LigdiCash is part of the answer whatever the verdict.
 */
export function checkPublicUrl(publicUrl: string): CheckResult {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    return check("public_url", "fail", "invalid", { values: { publicUrl } });
  }
  const values = { publicUrl: url.origin, callbackUrl: new URL(CALLBACK_PATH, url).href, host: url.hostname };
  const problems = [hostProblem(url.hostname), url.protocol === "https:" ? null : "not_https"].filter(
    (problem): problem is string => problem !== null,
  );
  const [first, ...notes] = problems;
  if (!first) return check("public_url", "ok", "public_https", { values });
  return check("public_url", "fail", first, { values, ...(notes.length ? { notes } : {}) });
}

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addSubnet("0.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");
LOOPBACK.addAddress("::", "ipv6");

// RFC 1918, carrier-grade NAT, link-local, and their IPv6 counterparts (unique local, link-local).
const PRIVATE = new BlockList();
PRIVATE.addSubnet("10.0.0.0", 8, "ipv4");
PRIVATE.addSubnet("172.16.0.0", 12, "ipv4");
PRIVATE.addSubnet("192.168.0.0", 16, "ipv4");
PRIVATE.addSubnet("100.64.0.0", 10, "ipv4");
PRIVATE.addSubnet("169.254.0.0", 16, "ipv4");
PRIVATE.addSubnet("fc00::", 7, "ipv6");
PRIVATE.addSubnet("fe80::", 10, "ipv6");

// Names that only a machine or a local network resolves (RFC 6761, RFC 6762, RFC 8375).
const LOCAL_SUFFIXES = [
  ".local",
  ".lan",
  ".home",
  ".internal",
  ".intranet",
  ".corp",
  ".home.arpa",
  ".test",
  ".example",
  ".invalid",
];

function hostProblem(rawHost: string): "loopback" | "private_address" | "local_name" | null {
  const host = rawHost
    .replace(/^\[|\]$/g, "")
    .toLowerCase()
    .replace(/\.$/, "");
  const mapped = host.startsWith("::ffff:") && isIP(host.slice(7)) === 4 ? host.slice(7) : host;
  const family = isIP(mapped);
  if (family) {
    const type = family === 4 ? "ipv4" : "ipv6";
    if (LOOPBACK.check(mapped, type)) return "loopback";
    return PRIVATE.check(mapped, type) ? "private_address" : null;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (!host.includes(".") || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) return "local_name";
  return null;
}
