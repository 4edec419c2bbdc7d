import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const [t, tc] = await Promise.all([getTranslations("auth"), getTranslations("common")]);
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-danger">403</p>
        <h1 className="mt-2 text-2xl font-semibold text-ink">{t("forbiddenTitle")}</h1>
        <p className="mt-2 text-sm text-ink-muted">{t("forbiddenBody")}</p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
          {tc("notFound.back")}
        </Link>
      </div>
    </main>
  );
}
