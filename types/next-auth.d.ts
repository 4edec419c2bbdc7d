import type { Role } from "@/lib/generated/prisma/enums";

// Caisse's fields on next-auth's session and token (see lib/auth/auth-options.ts).
declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    loginAt: number;
    seenAt: number;
    sessionVersion: number;
  }
  interface User {
    id: string;
    email: string;
    name: string;
    role: Role;
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    sessionVersion?: number;
    loginAt?: number;
    seenAt?: number;
  }
}
