import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import type { Translate } from "@/lib/i18n/schema-text";

// Shared by the people-management forms and their route handlers, worded by the caller's
// translator (keys of the whole catalogue: `users.errors.…`).
export const roleSchema = z.enum(ROLES as ["admin", "manager", "finance", "viewer"]);

/** NIST 800-63B: length over composition rules; 12 characters minimum, 128 maximum. */
export function passwordSchema(t: Translate) {
  return z
    .string(t("users.errors.password"))
    .min(12, t("users.errors.password"))
    .max(128, t("users.errors.passwordTooLong"));
}

export function createUserSchema(t: Translate) {
  return z.object({
    email: z
      .string(t("users.errors.email"))
      .trim()
      .max(254, t("users.errors.email"))
      .pipe(z.email(t("users.errors.email")))
      .transform((e) => e.toLowerCase()),
    name: z
      .string(t("users.errors.name"))
      .trim()
      .min(1, t("users.errors.name"))
      .max(120, t("users.errors.nameTooLong")),
    role: z.enum(ROLES as ["admin", "manager", "finance", "viewer"], t("users.errors.role")),
    password: passwordSchema(t),
  });
}
export type CreateUserInput = z.input<ReturnType<typeof createUserSchema>>;
export type CreateUserData = z.output<ReturnType<typeof createUserSchema>>;

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    active: z.boolean().optional(),
    expectedUpdatedAt: z.iso.datetime().optional(),
  })
  .refine((v) => v.role !== undefined || v.active !== undefined, {
    message: "role or active",
    path: ["role"],
  });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export function resetPasswordSchema(t: Translate) {
  return z.object({ password: passwordSchema(t) });
}
