/**
 * The top of a chart's value axis: the smallest "round" number (1, 2, 2.5 or 5 times a power of
 * ten) at or above the largest value, so the axis reads 0 / 25 k / 50 k rather than 0 / 23 817 /
 * 47 634. At least 1, so an empty month draws flat bars instead of dividing by zero.
 */
export function axisMaximum(largest: number): number {
  if (!(largest > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= largest) return step * power;
  return 10 * power;
}

/** A value's share of the axis, as a CSS length. */
export function barLength(value: number, maximum: number): string {
  return `${Math.min(100, (Math.max(0, value) / maximum) * 100).toFixed(2)}%`;
}

/** `count` indexes spread evenly over `length` items, first and last included (axis labels). */
export function spreadIndexes(length: number, count: number): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1)));
}
