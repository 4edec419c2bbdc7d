"use client";

import { useTranslations } from "next-intl";

/** Staff text for a LigdiCash error code in client components, from the messages already on the
 * page (next-intl `gateway.errors.<code>`) rather than bundling both languages' files. */
export function useGatewayErrorMessage(): (code: string | null) => string {
  const t = useTranslations("gateway");
  return (code) => (code && t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.api_error"));
}
