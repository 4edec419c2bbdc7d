import { BlockList, isIP } from "node:net";

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is the IPv4 address `10.0.0.1`. */
export function normalizeAddress(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  const unmapped = value.startsWith("::ffff:") && isIP(value.slice(7)) === 4 ? value.slice(7) : value;
  return isIP(unmapped) ? unmapped : null;
}

/** The entries of a TRUSTED_PROXIES value: addresses or CIDR ranges, separated by commas or spaces. */
export function splitProxyList(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

function addEntry(list: BlockList, entry: string): boolean {
  const [address = "", prefix, extra] = entry.split("/");
  const normalized = normalizeAddress(address);
  if (!normalized || extra !== undefined) return false;
  const type = isIP(normalized) === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) {
    list.addAddress(normalized, type);
    return true;
  }
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  if (!(bits >= 0 && bits <= (type === "ipv4" ? 32 : 128))) return false;
  list.addSubnet(normalized, bits, type);
  return true;
}

/** The entries of a TRUSTED_PROXIES value that are neither an address nor a CIDR range. */
export function invalidProxyEntries(value: string): string[] {
  const scratch = new BlockList();
  return splitProxyList(value).filter((entry) => !addEntry(scratch, entry));
}

/** The addresses whose X-Forwarded-For entries are believed. Call on a validated value (lib/env.ts). */
export function buildTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const entry of splitProxyList(value)) addEntry(list, entry);
  return list;
}

export function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}
