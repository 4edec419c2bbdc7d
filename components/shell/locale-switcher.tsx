import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";
import { setLocale } from "@/lib/i18n/set-locale";

export async function LocaleSwitcher() {
  const [t, current] = await Promise.all([getTranslations("common"), getLocale()]);
  return (
    <form action={setLocale} className="flex items-center gap-1" aria-label={t("language")}>
      {locales.map((locale) => (
        <button
          key={locale}
          name="locale"
          value={locale}
          aria-pressed={locale === current}
          className="rounded-md px-2 py-1 text-xs font-medium uppercase text-ink-muted hover:bg-surface-sunken aria-pressed:bg-brand-50 aria-pressed:text-brand-800"
          title={t(`languages.${locale}`)}
        >
          {locale}
        </button>
      ))}
    </form>
  );
}
