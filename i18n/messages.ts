import { namespaces, type Locale } from "./config";

/** Every namespace of one language, as next-intl expects them: `{ payouts: {...}, errors: {...} }`. */
export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(
      async (ns) =>
        [ns, ((await import(`../messages/${locale}/${ns}.json`)) as { default: unknown }).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}
