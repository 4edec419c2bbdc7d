import type { BlockList } from "node:net";
import { env } from "@/lib/env";
import { buildTrustedProxies, isTrusted, normalizeAddress } from "./trusted-proxies";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The client's address, as far as it can be known. The app's server (scripts/serve-app.mjs)
 * appends the TCP peer to `X-Forwarded-For`, so the last hop is always the socket's address. Walking
 * from the right, each hop that is a trusted proxy (TRUSTED_PROXIES) vouches for the hop on its
 * left; the first hop that is not trusted is the client. Everything further left is whatever the
 * client claimed and is never read. An entry that is not an address stops the walk at the proxy
 * that wrote it. Used for the sign-in throttle, the audit trail and callback records.
 */
export function clientIpFrom(headers: HeaderSource, trusted: BlockList): string {
  const hops = (header(headers, "x-forwarded-for") ?? "").split(",");
  let client: string | null = null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]!);
    if (!hop) break;
    client = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return client ?? "unknown";
}

let trustedProxies: BlockList | undefined;

/** clientIpFrom with the configured TRUSTED_PROXIES (parsed once per process). */
export function clientIp(headers: HeaderSource): string {
  trustedProxies ??= buildTrustedProxies(env().TRUSTED_PROXIES);
  return clientIpFrom(headers, trustedProxies);
}
