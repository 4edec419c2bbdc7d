import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";
import { API_SCOPES } from "./scopes";

/** Creating a key: a name people recognise and at least one scope. Worded by the caller's
 * translator (`apiKeys.errors.…`). */
export function createApiKeySchema(t: Translate) {
  return z.object({
    name: z
      .string(t("apiKeys.errors.name"))
      .trim()
      .min(1, t("apiKeys.errors.name"))
      .max(80, t("apiKeys.errors.nameTooLong")),
    scopes: z
      .array(z.enum(API_SCOPES, t("apiKeys.errors.scopes")), t("apiKeys.errors.scopes"))
      .min(1, t("apiKeys.errors.scopes"))
      .max(API_SCOPES.length, t("apiKeys.errors.scopes"))
      .transform((scopes) => [...new Set(scopes)]),
  });
}

export type CreateApiKeyData = z.output<ReturnType<typeof createApiKeySchema>>;
