import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { clientIp } from "./client-ip";
import { SECURE_COOKIES } from "./session-cookie";
import { ABSOLUTE_TIMEOUT_MS } from "./session-policy";
import { signInStaff } from "./sign-in-staff";
import { endStaffSession } from "./staff-sessions";
import { signInWithCode } from "./two-factor/sign-in-with-code";

/** Error string the sign-in form receives; it carries the wait time when throttled, and the
 * signed challenge of the code step when the password was right but a code is needed. */
export function signInErrorCode(error: unknown): string {
  if (!(error instanceof AppError)) return "internal";
  const retry = error.details?.retryAfterSeconds;
  if (typeof retry === "number") return `${error.code}:${retry}`;
  const challenge = error.details?.challenge;
  return typeof challenge === "string" ? `${error.code}:${challenge}` : error.code;
}

export const authOptions: NextAuthOptions = {
  // The cookie expires at the absolute limit; the idle limit is enforced by the proxy and by
  // every server-side session check (lib/auth/current-staff.ts).
  session: { strategy: "jwt", maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  jwt: { maxAge: ABSOLUTE_TIMEOUT_MS / 1000 },
  // Decided from CAISSE_PUBLIC_URL, like the proxy, so both use the same cookie name.
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Caisse",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        challenge: { label: "Challenge", type: "hidden" },
        code: { label: "Code", type: "text" },
      },
      async authorize(credentials, request) {
        const headers = request.headers ?? {};
        const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : null;
        if (credentials?.challenge) {
          try {
            const code = credentials.code ?? "";
            return await signInWithCode(db(), {
              challenge: credentials.challenge,
              code,
              ip: clientIp(headers),
              userAgent,
            });
          } catch (error) {
            throw new Error(signInErrorCode(error));
          }
        }
        if (!credentials?.email || !credentials.password) throw new Error("invalid_credentials");
        try {
          return await signInStaff(db(), {
            email: credentials.email,
            password: credentials.password,
            ip: clientIp(headers),
            userAgent,
          });
        } catch (error) {
          throw new Error(signInErrorCode(error));
        }
      },
    }),
  ],
  events: {
    // next-auth's own sign-out endpoint (the app's button uses lib/auth/sign-out.ts): same effect.
    async signOut({ token }) {
      if (!token.sub || !token.sid) return;
      const actor = { id: token.sub, email: token.email ?? null };
      const sid = token.sid;
      await db().$transaction(async (tx) => {
        await endStaffSession(tx, sid);
        await recordAudit(tx, { actor, action: "auth.sign_out", target: { type: "user", id: actor.id } });
      });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const now = Date.now();
        Object.assign(token, {
          sub: user.id,
          role: user.role,
          sid: user.sessionId,
          loginAt: now,
          seenAt: now,
        });
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        email: token.email ?? "",
        name: token.name ?? "",
        role: token.role ?? "viewer",
      };
      session.loginAt = token.loginAt ?? 0;
      session.seenAt = token.seenAt ?? 0;
      return session;
    },
  },
};
