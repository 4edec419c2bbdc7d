import { z } from "zod";

/** A calendar day, YYYY-MM-DD (what <input type="date"> and the date presets send); 2026-02-30 is
 * refused, not rolled over. `message`: the person's words for a wrong day. */
export function calendarDaySchema(message?: string) {
  return z
    .string(message)
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    }, message);
}

/** An empty form field arrives as "": it means "no filter", not an invalid value. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
