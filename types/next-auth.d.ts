import type { Role } from "@/lib/generated/prisma/enums";

// Caisse's fields on next-auth's session and token (see lib/auth/auth-options.ts).
declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    loginAt: number;
    seenAt: number;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: Role;
    /** The staff_sessions row opened at sign-in (lib/auth/staff-sessions.ts). */
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** The staff_sessions row this cookie stands for; never sent to the browser in clear. */
    sid?: string;
    loginAt?: number;
    seenAt?: number;
  }
}
