/** Requests to `/api/v1` route handlers called outside Next, as a shop's backend sends them. */
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
