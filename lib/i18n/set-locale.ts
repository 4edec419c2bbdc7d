"use server";

import { cookies } from "next/headers";
import { isLocale, localeCookie } from "@/i18n/config";
import { SECURE_COOKIES } from "@/lib/auth/session-cookie";

/** Remembers a person's language for a year. Unknown values are ignored, never stored. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    secure: SECURE_COOKIES,
  });
}
