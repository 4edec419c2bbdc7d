import { useId, type SelectHTMLAttributes } from "react";

type Option = { value: string; label: string; group?: string };
type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  /** Consecutive options with the same `group` are shown under that heading (`<optgroup>`). */
  options: Option[];
  hint?: string;
};

/** The options in runs: one run per group heading, or without one. */
function runsOf(options: Option[]): { group?: string; options: Option[] }[] {
  const runs: { group?: string; options: Option[] }[] = [];
  for (const option of options) {
    const last = runs.at(-1);
    if (last && last.group === option.group) last.options.push(option);
    else runs.push({ group: option.group, options: [option] });
  }
  return runs;
}

const renderOption = (o: Option) => (
  <option key={o.value} value={o.value}>
    {o.label}
  </option>
);

export function SelectField({ label, options, hint, className = "", ...select }: Props) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-ink">
        {label}
      </label>
      <select
        id={id}
        {...select}
        className="block w-full rounded-lg border border-surface-line bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200"
      >
        {runsOf(options).map((run) =>
          run.group ? (
            <optgroup key={run.group} label={run.group}>
              {run.options.map(renderOption)}
            </optgroup>
          ) : (
            run.options.map(renderOption)
          ),
        )}
      </select>
      {hint ? <p className="mt-1 text-xs text-ink-muted">{hint}</p> : null}
    </div>
  );
}
