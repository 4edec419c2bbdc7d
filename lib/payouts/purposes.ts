// Zod-free lists shared by the payout forms (browser) and schemas.ts (server and browser).
export const PAYOUT_PURPOSES = ["refund", "reward", "supplier", "salary", "other"] as const;
export const STANDALONE_PURPOSES = ["reward", "supplier", "salary", "other"] as const;
export const PAYOUT_DESTINATIONS = ["wallet", "mobile_money"] as const;
