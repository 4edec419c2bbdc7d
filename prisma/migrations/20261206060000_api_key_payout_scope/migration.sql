-- `payouts:write` joins the closed list of scopes (lib/api-keys/scopes.ts): refunds and payouts
-- through POST /api/v1/payouts. Existing keys keep exactly the rights they had.
ALTER TABLE "api_keys" DROP CONSTRAINT "api_keys_scopes_known";
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_scopes_known"
  CHECK ("scopes" <@ ARRAY['invoices:write', 'payouts:write', 'read']::TEXT[] AND cardinality("scopes") > 0);
