import type { User } from "@/lib/generated/prisma/client";

/** What leaves the server about a staff member: never the password hash, the second-factor secret or the session version. */
export type UserDto = {
  id: string;
  email: string;
  name: string;
  role: User["role"];
  active: boolean;
  /** Whether an authenticator app is enrolled (never the secret). */
  twoFactor: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  updatedAt: string;
};

export function toUserDto(user: User): UserDto {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    twoFactor: user.totpEnabledAt !== null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
