/**
 * Bodies copied verbatim from docs/ligdicash-contract.md §11 (docs/ligdicash-contract.md), plus the documented variants
 * (docs/ligdicash-contract.md §4.5, §4.7, §6, §7). Kept as JSON text so a test parses exactly what LigdiCash would send.
 */

export const E1_REQUEST = `{"commande":{"invoice":{"items":[{"name":"Abonnement","description":"1 mois","quantity":1,"unit_price":2500,"total_price":2500}],"total_amount":2500,"devise":"XOF","description":"Commande 42","customer":"","customer_firstname":"Awa","customer_lastname":"Ouedraogo","customer_email":"awa@example.org","external_id":"","otp":""},"store":{"name":"DemoShop","website_url":"https://shop.example.org"},"actions":{"cancel_url":"https://shop.example.org/cancel","return_url":"https://shop.example.org/ok","callback_url":"https://api.example.org/ligdicash/cb"},"custom_data":{"transaction_id":"ORD-42-7f3a"}}}`;

export const E1_RESPONSE_OK = `{"response_code":"00","token":"eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJmYWtlIjoxfQ.c2ln","response_text":"https://app.ligdicash.com/pay/invoice/eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJmYWtlIjoxfQ.c2ln","description":"","custom_data":[],"wiki":"https://client.ligdicash.com/wiki/createInvoice"}`;

export const E2_RESPONSE_OK = `{"response_code":"00","token":"eyJ...B","response_text":"Votre requête est en cours de traitement","description":"","custom_data":[],"wiki":"https://client.ligdicash.com/wiki/createInvoice"}`;

export const AUTH_ERROR = `{"response_code":"01","token":"","response_text":"Echec (Code00)","description":"","wiki":"https://client.ligdicash.com/wiki/createInvoice"}`;

export const E2_WRONG_OTP = `{"response_code":"01","token":"","response_text":"Echec (Code15)","description":"","wiki":"https://client.ligdicash.com/wiki/createInvoice"}`;

export const E5_COMPLETED = `{"response_code":"00","status":"completed","token":"","response_text":"","description":"","operator_id":"11","operator_name":"ORANGE BURKINA","customer":"22670112233","montant":2500,"amount":2500,"date":"2026-01-10 09:15:02+00","external_id":"ORD-42-7f3a","oreference":"","request_id":"P1234567892026","transaction_id":"ORD-42-7f3a","custom_data":[{"keyof_customdata":"transaction_id","valueof_customdata":"ORD-42-7f3a","datecreation_customdata":"2026-01-10 09:14:40.120000"},{"keyof_customdata":"logfile","valueof_customdata":"20260110091440abc","datecreation_customdata":"2026-01-10 09:14:40.120000"}],"customer_details":{"firstname":"Awa","lastname":"Ouedraogo","email":"awa@example.org","phone":"22670112233","details":""},"wiki":"https://client.ligdicash.com/wiki/confirmInvoice"}`;

/** docs/ligdicash-contract.md §11 "same keys, status pending, operator_id "", operator_name "", customer null". */
export const E5_PENDING = E5_COMPLETED.replace('"status":"completed"', '"status":"pending"')
  .replace('"operator_id":"11"', '"operator_id":""')
  .replace('"operator_name":"ORANGE BURKINA"', '"operator_name":""')
  .replace('"customer":"22670112233"', '"customer":null');

export const E5_UNKNOWN_TOKEN = `{"response_code":"01","token":"","response_text":"Echec (Code02)","description":"","wiki":"https://client.ligdicash.com/wiki/confirmInvoice"}`;

export const E6_REQUEST = `{"commande":{"amount":1000,"description":"Remboursement ORD-42","customer":"22670112233","callback_url":"https://api.example.org/ligdicash/payout-cb","custom_data":{"transaction_id":"PAYOUT-42-91c2"},"top_up_wallet":0}}`;

export const E6_RESPONSE_OK = `{"response_code":"00","token":"eyJ...P","response_text":"","description":"","custom_data":[],"wiki":"https://client.ligdicash.com/wiki/createWithdrawal"}`;

export const E6_NO_ACCOUNT = `{"response_code":"01","token":"","response_text":"Echec (Code02)","description":"","custom_data":[],"wiki":"https://client.ligdicash.com/wiki/createWithdrawal"}`;

/** docs/ligdicash-contract.md §11 "as E6 without top_up_wallet". */
export const E7_REQUEST = E6_REQUEST.replace(',"top_up_wallet":0', "");

export const E7_RESPONSE_OK = `{"response_code":"00","token":"eyJ...M","response_text":"","description":"","custom_data":"","wiki":"https://client.ligdicash.com/wiki/createStraightWithdrawal"}`;

export const PAYOUT_STATUS = `{"response_code":"00","token":"eyJ...P","response_text":"","description":"","custom_data":[],"status":"completed","operator_id":"12","operator_name":"MOOV AFRICA BURKINA","amount":"1000","montant":"1000","external_id":"PAYOUT-42-91c2","transaction_id":"PAYOUT-42-91c2","wiki":"https://client.ligdicash.com/wiki/createStraightWithdrawal"}`;

/** docs/ligdicash-contract.md §7/§11: the E5 completed body with token "" and no transaction_id, plus a hash entry. */
export const PAYIN_CALLBACK_JSON = JSON.stringify({
  ...(({ transaction_id: _omit, ...rest }: Record<string, unknown>) => rest)(
    JSON.parse(E5_COMPLETED) as Record<string, unknown>,
  ),
  custom_data: [
    ...(JSON.parse(E5_COMPLETED) as { custom_data: unknown[] }).custom_data,
    {
      keyof_customdata: "hash",
      valueof_customdata: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      datecreation_customdata: "2026-01-10 09:15:02.000000",
    },
  ],
});

export const PAYOUT_CALLBACK = `{"response_code":"00","token":"eyJ...CB","response_text":"","status":"completed","custom_data":[],"operator_id":12,"operator_name":"MOOV AFRICA BURKINA","url":"https://api.example.org/ligdicash/payout-cb","url_method":"","transaction_id":"PAYOUT-42-91c2","external_id":"PAYOUT-42-91c2","montant":"1000","amount":"1000"}`;

/** The form-encoded copy of a JSON callback (docs/ligdicash-contract.md §7): same keys, nested values as JSON strings. */
export function toFormCopy(json: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(JSON.parse(json) as Record<string, unknown>)) {
    params.append(
      key,
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are JSON, the rest scalars
      typeof value === "object" && value !== null ? JSON.stringify(value) : String(value ?? ""),
    );
  }
  return params.toString();
}
