"use client";

import { useTranslations } from "next-intl";
import { gatewayErrorKey, type Translator } from "./error-text";

/** Staff text for a LigdiCash error code in client components, from the messages already on the
 * page (next-intl `gateway.errors.<code>`) rather than bundling both languages' files. */
export function useGatewayErrorMessage(): (code: string | null) => string {
  const t = useTranslations() as unknown as Translator;
  return (code) => t(gatewayErrorKey(t, code));
}
