/** How many operations waiting on LigdiCash the ledger lists: the oldest few by default, all of
 * them (up to a bound that keeps one page readable) on demand. Plain constants, no schema, so a
 * client component can read them without pulling zod into the browser. */
export const PENDING_SHORT_LIST = 8;
export const PENDING_FULL_LIST = 500;
