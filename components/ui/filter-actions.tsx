import Link from "next/link";

/** The end of a GET filter form: apply, and go back to the unfiltered list at `resetHref`. */
export function FilterActions({
  applyLabel,
  resetLabel,
  resetHref,
}: {
  applyLabel: string;
  resetLabel: string;
  resetHref: string;
}) {
  return (
    <div className="flex items-end gap-2">
      <button
        type="submit"
        className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        {applyLabel}
      </button>
      <Link
        href={resetHref}
        className="inline-flex items-center rounded-lg px-3 py-2 text-sm font-medium text-ink-muted hover:bg-surface-sunken hover:text-ink"
      >
        {resetLabel}
      </Link>
    </div>
  );
}
