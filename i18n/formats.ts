import type { Formats } from "next-intl";

/**
 * Caisse's date formats, named once for every page, server or browser (`format.dateTime(date,
 * "moment")`): "5 déc. 2026, 14:05" / "5 Dec 2026, 14:05". Times are Ouagadougou's (the
 * request config's time zone). The CSV export keeps ISO dates for spreadsheets.
 */
export const formats = {
  dateTime: {
    /** When something happened: day, month, year and time. */
    moment: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
    /** The same to the second, where order within a minute matters (exchanges, callbacks). */
    precise: {
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    },
    /** A day without its time. */
    day: { day: "numeric", month: "short", year: "numeric" },
  },
} satisfies Formats;
