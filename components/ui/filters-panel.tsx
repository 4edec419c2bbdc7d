"use client";

import { useId, useState, type ReactNode } from "react";

/**
 * A list's filters: always shown on a desk; on a phone behind one "Filtres" button, so the results
 * come first instead of a screen of fields. `active` says how many filters are set.
 */
export function FiltersPanel({
  label,
  active,
  children,
}: {
  label: string;
  active: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <div className="border-b border-surface-line px-5 py-3 md:hidden">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
          className="inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium text-ink ring-1 ring-inset ring-surface-line hover:bg-surface-sunken"
          data-testid="filters-toggle"
        >
          {label}
          {active > 0 ? (
            <span className="rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
              {active}
            </span>
          ) : null}
          <span aria-hidden="true" className={open ? "rotate-180" : ""}>
            ▾
          </span>
        </button>
      </div>
      <div id={id} className={open ? "" : "hidden md:block"}>
        {children}
      </div>
    </>
  );
}
