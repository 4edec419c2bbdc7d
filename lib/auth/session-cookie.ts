/**
 * Whether browsers reach Caisse over HTTPS: its public address (or next-auth's canonical URL)
 * says so. Read from the environment directly: the proxy must not parse the whole configuration.
 */
export function servedOverHttps(source: Record<string, string | undefined>): boolean {
  return [source.CAISSE_PUBLIC_URL, source.NEXTAUTH_URL].some((url) => (url ?? "").startsWith("https://"));
}

/** Over HTTPS every cookie is `Secure` and the session cookie carries next-auth's `__Secure-` prefix. */
export const SECURE_COOKIES = servedOverHttps(process.env);
export const SESSION_COOKIE = SECURE_COOKIES ? "__Secure-next-auth.session-token" : "next-auth.session-token";

/** Two years, subdomains included: browsers then refuse plain HTTP to Caisse outright. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
