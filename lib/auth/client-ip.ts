/**
 * The address a request came from, as the closest proxy saw it: the last `X-Forwarded-For` entry
 * (entries further left are whatever the client claimed). Used for throttling and the audit
 * trail; per-account throttling does not depend on it.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const forwarded = get("x-forwarded-for")?.split(",").map((s) => s.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? get("x-real-ip") ?? "unknown";
}
