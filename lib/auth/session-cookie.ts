/** next-auth's session cookie name: the `__Secure-` prefix when Caisse is served over HTTPS. */
export const SECURE_COOKIES = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const SESSION_COOKIE = SECURE_COOKIES ? "__Secure-next-auth.session-token" : "next-auth.session-token";
