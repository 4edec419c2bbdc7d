import "server-only";
import { getTranslations } from "next-intl/server";
import type { Translate } from "./schema-text";

/** A shared schema's words in the request's language (the form uses the same keys in the browser). */
export async function schemaTranslator(namespace?: string): Promise<Translate> {
  const t = namespace ? await getTranslations(namespace) : await getTranslations();
  return (key, values) => t(key, values);
}
