import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { BrandMark } from "@/components/shell/brand-mark";
import { LocaleSwitcher } from "@/components/shell/locale-switcher";
import { lookupStaff } from "@/lib/auth/current-staff";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; expired?: string }>;
}) {
  const [params, t, lookup] = await Promise.all([searchParams, getTranslations("auth"), lookupStaff()]);
  if (lookup.status === "signed_in") redirect("/");
  return (
    <main className="grid min-h-dvh place-items-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8">
          <BrandMark size="lg" />
        </div>
        <div className="rounded-xl border border-surface-line bg-surface p-6 shadow-card">
          <h1 className="text-lg font-semibold text-ink">{t("heading")}</h1>
          <p className="mb-5 mt-1 text-sm text-ink-muted">{t("intro")}</p>
          {params.expired ? (
            <p className="mb-4 rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning">{t("expired")}</p>
          ) : null}
          <LoginForm callbackPath={safeCallbackPath(params.callbackUrl, env().CAISSE_PUBLIC_URL)} />
        </div>
        {/* After the form: the keyboard reaches the e-mail field first, the language last. */}
        <div className="mt-6 flex justify-center">
          <LocaleSwitcher />
        </div>
      </div>
    </main>
  );
}
