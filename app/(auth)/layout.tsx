import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// The sign-in form is a client component: it reads its words from every message, like the staff pages.
export default function AuthLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
