import { type NextRequest, NextResponse } from "next/server";
import { encode, getToken, type JWT } from "next-auth/jwt";
import {
  ACTIVITY_REFRESH_MS,
  ABSOLUTE_TIMEOUT_MS,
  readSessionTimes,
  sessionState,
} from "@/lib/auth/session-policy";
import {
  SECURE_COOKIES as secureCookie,
  SESSION_COOKIE as cookieName,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/auth/session-cookie";
import { contentSecurityPolicy } from "@/lib/http/content-security-policy";

// Runs before every page and API request. It is NOT the access check (every page, handler and
// action checks the session and role itself); it does what only a proxy can:
// - records activity by rewriting the session cookie, so the 30-minute idle limit counts from
//   the last request;
// - sends signed-out or expired visitors of staff pages to the sign-in page;
// - sets a per-request CSP nonce on pages (API responses get next.config.mjs's `default-src 'none'`);
// - over HTTPS, tells browsers never to use plain HTTP (decided at run time from CAISSE_PUBLIC_URL,
//   which next.config.mjs, evaluated at build time, cannot see).

const PUBLIC_PAGES = ["/login", "/pay/"];
// What a phone fetches to install Caisse on its home screen, without the session cookie.
const PUBLIC_FILES = ["/manifest.webmanifest", "/icons/", "/apple-icon.png", "/icon.svg"];

function isStaffPage(pathname: string): boolean {
  if (pathname.startsWith("/api/")) return false;
  return ![...PUBLIC_PAGES, ...PUBLIC_FILES].some((p) => pathname === p || pathname.startsWith(p));
}

async function refreshedCookie(token: JWT, now: number, secret: string) {
  const loginAt = token.loginAt ?? now;
  const maxAge = Math.max(1, Math.floor((loginAt + ABSOLUTE_TIMEOUT_MS - now) / 1000));
  const value = await encode({ token: { ...token, seenAt: now }, secret, maxAge });
  return {
    name: cookieName,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookie, maxAge },
  };
}

export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);

  const { pathname, search } = request.nextUrl;
  const secret = process.env.NEXTAUTH_SECRET;
  const token = secret ? await getToken({ req: request, secret, secureCookie }) : null;
  const times = readSessionTimes(token);
  const now = Date.now();
  const state = times ? sessionState(times, now) : null;

  let response: NextResponse;
  if (isStaffPage(pathname) && state !== "active") {
    const login = new URL("/login", request.url);
    if (state) login.searchParams.set("expired", "1");
    else login.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(login);
    if (state) response.cookies.delete(cookieName);
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
    if (
      token &&
      times &&
      state === "active" &&
      secret &&
      now - times.seenAt >= ACTIVITY_REFRESH_MS &&
      !pathname.startsWith("/api/auth/")
    ) {
      const cookie = await refreshedCookie(token, now, secret);
      response.cookies.set(cookie.name, cookie.value, cookie.options);
    }
  }
  if (!pathname.startsWith("/api/")) response.headers.set("Content-Security-Policy", csp);
  if (secureCookie) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/ligdicash|api/health).*)" }],
};
