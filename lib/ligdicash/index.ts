import "server-only";

/**
 * The LigdiCash gateway client. Server-only: it holds the API key and token.
 * Client components import the pure parts directly: `@/lib/ligdicash/errors`,
 * `@/lib/ligdicash/error-codes`, `@/lib/ligdicash/parse-callback`. Their staff text is made at the edge
 * (`gateway.errors.<code>` in messages/, see lib/i18n/error-text.ts).
 */
export {
  CALLBACK_PATH,
  configFromEnv,
  configuredAmountLimits,
  createLigdicashClient,
  ligdicash,
} from "./client";
export * from "./errors";
export { GATEWAY_ERROR_CODES, type GatewayErrorCode } from "./error-codes";
export { mapPayinStatus, mapPayoutStatus, normalizeGatewayStatus } from "./map-status";
export type { GatewayStatus, PayinStatus, PayoutStatus } from "./map-status";
export { parseCallbackBody } from "./parse-callback";
export type { CallbackClaim, CallbackParseResult } from "./parse-callback";
export type { CustomData } from "./custom-data";
export type { EndpointKey } from "./endpoints";
export type * from "./types";
