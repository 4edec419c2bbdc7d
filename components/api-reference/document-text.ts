import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { richCode } from "./code";

export type DocumentText = (keys: string[], english: string | undefined) => ReactNode;

/**
 * The document's own sentences in the reader's language: the first translation found under
 * `apiReference.document` (lib/api-v1/reference/text-keys.ts), which may also explain a field the
 * document leaves bare. An English reader gets the document's words when none is written; a French
 * reader then gets nothing rather than English.
 */
export async function documentText(): Promise<DocumentText> {
  const [t, locale] = await Promise.all([getTranslations("apiReference.document"), getLocale()]);
  return (keys, english) => {
    const key = keys.find((candidate) => t.has(candidate));
    if (key) return t.rich(key, richCode);
    return locale === "en" && english ? english : null;
  };
}
