/** A Caisse API call that answered an error, as the staff UI sees it: the server's translated message,
 * its code and status, and field errors for forms. (Not the gateway's `ApiError` of lib/ligdicash.) */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/** fetch for the staff UI: JSON in and out, the server's error shape turned into ApiRequestError. */
export async function apiFetch<T>(url: string, init?: { method?: string; body?: unknown }): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: init?.body === undefined ? undefined : { "Content-Type": "application/json" },
    body: init?.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 204) return undefined as T;
  const payload = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: { fields?: { path: string; message: string }[] } };
  } | null;
  if (!response.ok) {
    const error = payload?.error;
    throw new ApiRequestError(
      response.status,
      error?.code ?? "internal",
      error?.message ?? response.statusText,
      error?.details?.fields ?? [],
    );
  }
  return payload as T;
}
