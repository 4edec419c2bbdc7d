import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/**
 * Caisse's one table. From `md` up it is a plain table; below, each row becomes a card where every
 * cell says which column it belongs to (its `label`), so a phone shows every value rather than the
 * first two columns and a sideways scroll. Server and client components share it (no state).
 */
export function Table({ children, className = "", ...rest }: HTMLAttributes<HTMLTableElement>) {
  return (
    <div className="md:overflow-x-auto">
      <table {...rest} className={`block w-full text-sm md:table ${className}`}>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="hidden text-left text-xs uppercase tracking-wide text-ink-muted md:table-header-group">
      <tr>{children}</tr>
    </thead>
  );
}

const align = { left: "md:text-left", right: "md:text-right" } as const;

export function Th({
  children,
  alignment = "left",
  ...rest
}: ThHTMLAttributes<HTMLTableCellElement> & { alignment?: keyof typeof align }) {
  return (
    <th
      {...rest}
      className={`px-3 py-2.5 font-medium first:pl-5 last:pr-5 ${alignment === "right" ? "text-right" : "text-left"}`}
    >
      {children}
    </th>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="block divide-y divide-surface-line md:table-row-group">{children}</tbody>;
}

export function Tr({ children, className = "", ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return (
    <tr {...rest} className={`block px-5 py-3 md:table-row md:p-0 ${className}`}>
      {children}
    </tr>
  );
}

/**
 * One value. `label` is its column's name, shown before it on a phone (beside it, or above it
 * when `stacked`, for long content such as a list); the row's title cell (`label` omitted) spans
 * the card's width. `deskOnly` hides the cell on a phone, for lists whose title cell already
 * sums the row up in two or three lines (a long list scans faster than a card per value).
 */
export function Td({
  children,
  label,
  alignment = "left",
  stacked = false,
  deskOnly = false,
  className = "",
  ...rest
}: TdHTMLAttributes<HTMLTableCellElement> & {
  label?: string;
  alignment?: keyof typeof align;
  stacked?: boolean;
  deskOnly?: boolean;
}) {
  const caption = "before:text-xs before:text-ink-muted before:content-[attr(data-label)]";
  const phone = deskOnly
    ? "hidden"
    : !label
      ? "block"
      : stacked
        ? `block before:block before:mb-0.5 ${caption}`
        : `flex items-baseline justify-between gap-4 text-right before:shrink-0 before:text-left ${caption}`;
  return (
    <td
      {...rest}
      data-label={label}
      className={`${phone} py-1 md:table-cell md:px-3 md:py-3 md:before:content-none md:first:pl-5 md:last:pr-5 ${align[alignment]} ${className}`}
    >
      {/* One box beside the label on a phone, however many nodes the value is made of. */}
      {label && !stacked ? <div className="min-w-0">{children}</div> : children}
    </td>
  );
}
