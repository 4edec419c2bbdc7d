import { z } from "zod";

const optionalText = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.string().trim().max(200).optional(),
);
const optionalDate = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.iso.date().optional());

/** Audit page filters, read from the URL so a filtered view can be shared. */
export const auditFiltersSchema = z.object({
  actor: optionalText,
  action: optionalText,
  target: optionalText,
  from: optionalDate,
  to: optionalDate,
  /** Keyset cursor: records with a smaller id than this (older). */
  before: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z
      .string()
      .regex(/^\d{1,19}$/)
      .optional(),
  ),
});
export type AuditFilters = z.output<typeof auditFiltersSchema>;
