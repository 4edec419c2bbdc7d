import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

// Shared by the people-management forms and their route handlers.
export const roleSchema = z.enum(ROLES as ["admin", "manager", "finance", "viewer"]);

/** NIST 800-63B: length over composition rules; 12 characters minimum, 128 maximum. */
export const passwordSchema = z.string().min(12).max(128);

export const createUserSchema = z.object({
  email: z
    .email()
    .max(254)
    .transform((e) => e.trim().toLowerCase()),
  name: z.string().trim().min(1).max(120),
  role: roleSchema,
  password: passwordSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

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

export const resetPasswordSchema = z.object({ password: passwordSchema });
