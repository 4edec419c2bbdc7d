import { Button } from "./button";

/** The end of a settings form: a refusal without a field of its own, the save button, and what was saved. */
export function SaveFooter({
  error,
  pending,
  label,
  notice,
}: {
  error: string | null;
  pending: boolean;
  label: string;
  notice: string | null;
}) {
  return (
    <>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {label}
        </Button>
        {notice ? (
          <p role="status" className="text-sm text-success">
            {notice}
          </p>
        ) : null}
      </div>
    </>
  );
}
