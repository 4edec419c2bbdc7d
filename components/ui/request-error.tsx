import type { ApiRequestError } from "@/lib/hooks/api-fetch";

/** A refused request above its form: a plea to fix the marked fields, or the server's own words. */
export function RequestError({ error, fixFields }: { error: ApiRequestError | null; fixFields: string }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
      {error.code === "validation_failed" ? fixFields : error.message}
    </p>
  );
}
