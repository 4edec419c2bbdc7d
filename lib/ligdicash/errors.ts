import type { GatewayErrorCode } from "./error-codes";
import { LigdicashError, type LigdicashErrorDetails } from "./ligdicash-error";

export { LigdicashError, type LigdicashErrorDetails } from "./ligdicash-error";

// One thin class per code, so callers can write `instanceof MerchantBalanceLowError`.
export class AuthenticationError extends LigdicashError {
  static override readonly code = "authentication";
}
export class ApplicationAuthenticationError extends LigdicashError {
  static override readonly code = "application_authentication";
}
export class MerchantPayinDisabledError extends LigdicashError {
  static override readonly code = "merchant_payin_disabled";
}
export class MerchantPayoutDisabledError extends LigdicashError {
  static override readonly code = "merchant_payout_disabled";
}
export class MerchantBalanceLowError extends LigdicashError {
  static override readonly code = "merchant_balance_low";
}
export class CustomerDoesNotExistError extends LigdicashError {
  static override readonly code = "customer_does_not_exist";
}
export class InvalidAmountError extends LigdicashError {
  static override readonly code = "invalid_amount";
}
export class AmountOutOfRangeError extends LigdicashError {
  static override readonly code = "amount_out_of_range";
}
export class InvalidTokenError extends LigdicashError {
  static override readonly code = "invalid_token";
}
export class InvoiceNotFoundError extends LigdicashError {
  static override readonly code = "invoice_not_found";
}
export class TransactionAlreadyExistError extends LigdicashError {
  static override readonly code = "transaction_already_exist";
}
export class RecipientOperatorNotIdentifiedError extends LigdicashError {
  static override readonly code = "recipient_operator_not_identified";
}
export class FeatureNotTestableError extends LigdicashError {
  static override readonly code = "feature_not_testable";
}
export class IpDeniedError extends LigdicashError {
  static override readonly code = "ip_denied";
}
export class ProcessingError extends LigdicashError {
  static override readonly code = "processing_error";
}
export class SendingError extends LigdicashError {
  static override readonly code = "sending_error";
}
export class NoNetworkAccessConfigurationError extends LigdicashError {
  static override readonly code = "no_network_access_configuration";
}
export class DataInputError extends LigdicashError {
  static override readonly code = "data_input_error";
}
export class ApiError extends LigdicashError {
  static override readonly code = "api_error";
}
export class NoHashError extends LigdicashError {
  static override readonly code = "no_hash";
}
export class InvalidHashError extends LigdicashError {
  static override readonly code = "invalid_hash";
}
export class InvalidMethodError extends LigdicashError {
  static override readonly code = "invalid_method";
}
export class UnauthorizedMethodError extends LigdicashError {
  static override readonly code = "unauthorized_method";
}
export class MerchantAccountDoesNotExistError extends LigdicashError {
  static override readonly code = "merchant_account_does_not_exist";
}
export class MerchantAccountOrIpDeniedError extends LigdicashError {
  static override readonly code = "merchant_account_or_ip_denied";
}
export class NoPendProcPayout24HError extends LigdicashError {
  static override readonly code = "no_pend_proc_payout_24h";
}
export class NoDeposit3MError extends LigdicashError {
  static override readonly code = "no_deposit_3m";
}
export class UnauthorizedCurrencyConversionError extends LigdicashError {
  static override readonly code = "unauthorized_currency_conversion";
}
export class WrongWalletCredentialsError extends LigdicashError {
  static override readonly code = "wrong_wallet_credentials";
}
export class WrongOtpError extends LigdicashError {
  static override readonly code = "wrong_otp";
}
export class ExpiredOtpError extends LigdicashError {
  static override readonly code = "expired_otp";
}
export class InvalidPhoneError extends LigdicashError {
  static override readonly code = "invalid_phone";
}
export class OperatorNotSupportedError extends LigdicashError {
  static override readonly code = "operator_not_supported";
}
export class OtpRequiredError extends LigdicashError {
  static override readonly code = "otp_required";
}
export class GatewayNetworkError extends LigdicashError {
  static override readonly code = "network_error";
}
export class GatewayTimeoutError extends LigdicashError {
  static override readonly code = "timeout";
}
export class GatewayInvalidResponseError extends LigdicashError {
  static override readonly code = "invalid_response";
}
export class GatewayHttpError extends LigdicashError {
  static override readonly code = "http_error";
}

type ErrorClass = new (details: LigdicashErrorDetails) => LigdicashError;

/** Code → class. `satisfies` makes a code without a class a compile error. */
export const ERROR_CLASSES = {
  authentication: AuthenticationError,
  application_authentication: ApplicationAuthenticationError,
  merchant_payin_disabled: MerchantPayinDisabledError,
  merchant_payout_disabled: MerchantPayoutDisabledError,
  merchant_balance_low: MerchantBalanceLowError,
  customer_does_not_exist: CustomerDoesNotExistError,
  invalid_amount: InvalidAmountError,
  amount_out_of_range: AmountOutOfRangeError,
  invalid_token: InvalidTokenError,
  invoice_not_found: InvoiceNotFoundError,
  transaction_already_exist: TransactionAlreadyExistError,
  recipient_operator_not_identified: RecipientOperatorNotIdentifiedError,
  feature_not_testable: FeatureNotTestableError,
  ip_denied: IpDeniedError,
  processing_error: ProcessingError,
  sending_error: SendingError,
  no_network_access_configuration: NoNetworkAccessConfigurationError,
  data_input_error: DataInputError,
  api_error: ApiError,
  no_hash: NoHashError,
  invalid_hash: InvalidHashError,
  invalid_method: InvalidMethodError,
  unauthorized_method: UnauthorizedMethodError,
  merchant_account_does_not_exist: MerchantAccountDoesNotExistError,
  merchant_account_or_ip_denied: MerchantAccountOrIpDeniedError,
  no_pend_proc_payout_24h: NoPendProcPayout24HError,
  no_deposit_3m: NoDeposit3MError,
  unauthorized_currency_conversion: UnauthorizedCurrencyConversionError,
  wrong_wallet_credentials: WrongWalletCredentialsError,
  wrong_otp: WrongOtpError,
  expired_otp: ExpiredOtpError,
  invalid_phone: InvalidPhoneError,
  operator_not_supported: OperatorNotSupportedError,
  otp_required: OtpRequiredError,
  network_error: GatewayNetworkError,
  timeout: GatewayTimeoutError,
  invalid_response: GatewayInvalidResponseError,
  http_error: GatewayHttpError,
} as const satisfies Record<GatewayErrorCode, ErrorClass>;

export function createGatewayError(code: GatewayErrorCode, details: LigdicashErrorDetails): LigdicashError {
  return new ERROR_CLASSES[code](details);
}

const TRANSPORT_CODES: ReadonlySet<GatewayErrorCode> = new Set([
  "network_error",
  "timeout",
  "invalid_response",
  "http_error",
]);

/** True when LigdiCash's answer was lost or unreadable (as opposed to a LigdiCash or Caisse refusal). */
export function isTransportError(error: unknown): error is LigdicashError {
  return error instanceof LigdicashError && TRANSPORT_CODES.has(error.code);
}
