import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";

/** Stripe's limits, which shop developers already design for. */
export const METADATA_LIMITS = { keys: 20, keyLength: 40, valueLength: 500 } as const;

export type InvoiceMetadata = Record<string, string>;

/**
 * A shop's own key/value pairs on an invoice: strings only, returned exactly as sent (keys as the
 * shop spelled them). Worded by the `invoices` translator; each refusal names the key at fault.
 */
export function metadataSchema(t: Translate) {
  const { keys, keyLength, valueLength } = METADATA_LIMITS;
  return z
    .record(z.string(), z.unknown(), t("errors.metadata.object"))
    .superRefine((metadata, ctx) => {
      const entries = Object.entries(metadata);
      if (entries.length > keys)
        ctx.addIssue({ code: "custom", message: t("errors.metadata.tooManyKeys", { max: keys }) });
      for (const [key, value] of entries) {
        if (key.trim().length === 0 || key.length > keyLength)
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: t("errors.metadata.key", { max: keyLength }),
          });
        else if (typeof value !== "string")
          ctx.addIssue({ code: "custom", path: [key], message: t("errors.metadata.value", { key }) });
        else if (value.length > valueLength)
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: t("errors.metadata.valueTooLong", { key, max: valueLength }),
          });
      }
    })
    .transform((metadata) => metadata as InvoiceMetadata)
    .meta({
      description: `Your own key/value pairs, returned as sent: at most ${keys} keys of ${keyLength} characters, string values of ${valueLength} characters at most.`,
    });
}

/** What the database hands back (jsonb): the object stored by the schema above, or `{}`. */
export function readMetadata(value: unknown): InvoiceMetadata {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
