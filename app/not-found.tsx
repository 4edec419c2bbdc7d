import Link from "next/link";
import { getTranslations } from "next-intl/server";

// Any address that names nothing: Next's own page is English and bare; staff and customers read ours.
export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <div className="max-w-md text-center" data-testid="not-found">
        <p className="text-sm font-semibold text-ink-muted">404</p>
        <h1 className="mt-2 text-2xl font-semibold text-ink">{t("notFound.title")}</h1>
        <p className="mt-2 text-sm text-ink-muted">{t("notFound.body")}</p>
        <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
          {t("notFound.back")}
        </Link>
      </div>
    </main>
  );
}
