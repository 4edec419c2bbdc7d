/**
 * How a shared zod schema words its refusals: the caller's translator, so the browser form and
 * the route handler give the same sentence in the person's language, and zod's own sentences
 * ("Trop petit : …") never reach anyone. Amounts go in as numbers and the message formats them
 * (`{amount, number} FCFA`). Pure: the browser passes next-intl's `useTranslations`.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;
