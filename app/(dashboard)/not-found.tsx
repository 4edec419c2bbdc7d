import Link from "next/link";
import { getTranslations } from "next-intl/server";

// A record that does not exist (`notFound()` from a staff page): said inside the console, with its
// navigation, rather than on a bare page.
export default async function DashboardNotFound() {
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-md py-16 text-center" data-testid="not-found">
      <p className="text-sm font-semibold text-ink-muted">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-ink">{t("notFound.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">{t("notFound.body")}</p>
      <Link href="/" className="mt-6 inline-block text-sm font-medium text-brand-700 hover:underline">
        {t("notFound.back")}
      </Link>
    </section>
  );
}
