import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

/**
 * Calling `/api/v1` route handlers outside Next. A test file points Next's request-scoped modules
 * and the app's services at these stand-ins (vi.mock is per file and hoisted, so each file lists
 * them: see app/api/v1/payouts/payouts-api.int.test.ts), then sets `app.db` and `app.gateway`.
 */
export const app = {
  db: null as unknown,
  gateway: null as unknown,
  mails: [] as { to: string; subject: string; text: string }[],
  afterTasks: [] as Promise<unknown>[],
};

/** next-intl/server: French, as a request without Accept-Language gets. */
export const nextIntlServer = {
  getLocale: () => Promise.resolve("fr"),
  getTranslations: async (arg?: string | { locale?: Locale; namespace?: string }) => {
    const locale = (typeof arg === "object" ? arg.locale : undefined) ?? "fr";
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    return createTranslator({ locale, messages: await loadMessages(locale), namespace });
  },
};

export const nextHeaders = {
  cookies: () => Promise.resolve({ get: () => undefined }),
  headers: () => Promise.resolve(new Headers()),
};

/** next/server's `after`: the task is kept so a test can wait for it (settleAfterTasks). */
export const after = (task: () => Promise<unknown>) => app.afterTasks.push(Promise.resolve().then(task));

export const appServices = {
  db: { db: () => app.db },
  env: { env: () => ({ CAISSE_PUBLIC_URL: "https://caisse.example.bf" }) },
  clientIp: { clientIp: () => "10.0.0.9" },
  mailer: {
    configuredMailer: () => ({
      send: (mail: { to: string; subject: string; text: string }) =>
        Promise.resolve(void app.mails.push(mail)),
    }),
  },
  ligdicash: {
    ligdicash: () => app.gateway,
    configuredAmountLimits: () => ({ minAmount: 100, maxAmount: 1_000_000 }),
  },
};

export async function settleAfterTasks(): Promise<void> {
  await Promise.all(app.afterTasks.splice(0));
}

/** Requests to `/api/v1` route handlers, as a shop's backend sends them. */
export function apiRequest(
  method: "GET" | "POST",
  path: string,
  { secret, idempotencyKey, body }: { secret: string; idempotencyKey?: string; body?: unknown },
): Request {
  const headers: Record<string, string> = { authorization: `Bearer ${secret}`, host: "127.0.0.1" };
  if (idempotencyKey) headers["idempotency-key"] = idempotencyKey;
  if (body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://127.0.0.1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });

export async function answer<T = Record<string, unknown>>(response: Response): Promise<[number, T]> {
  return [response.status, (await response.json()) as T];
}
