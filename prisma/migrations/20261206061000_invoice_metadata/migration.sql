-- A shop's own key/value pairs on an invoice (its cart id, its customer id…), given at creation
-- through /api/v1 and handed back untouched in the API and the webhook events. Always an object:
-- `{}` when the shop sent none. The limits (20 keys, 40/500 characters) are lib/invoices/metadata.ts's.
ALTER TABLE "invoices" ADD COLUMN "metadata" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_metadata_object" CHECK (jsonb_typeof("metadata") = 'object');

-- The invoice events carry the metadata, so a shop can match a payment without a look-up.
CREATE OR REPLACE FUNCTION caisse_invoice_webhook() RETURNS TRIGGER AS $$
BEGIN
  PERFORM caisse_webhook_emit(
    CASE NEW.status WHEN 'completed' THEN 'invoice.paid' ELSE 'invoice.failed' END,
    NEW.id,
    jsonb_build_object(
      'id', NEW.id, 'object', 'invoice', 'number', NEW.number,
      'status', CASE NEW.status WHEN 'completed' THEN 'paid' ELSE 'not_completed' END,
      'amount', NEW.total_amount, 'currency', 'XOF', 'reference', NEW.merchant_reference,
      'metadata', NEW.metadata, 'operator', NEW.operator, 'settled_at', NEW.settled_at));
  RETURN NULL;
END $$ LANGUAGE plpgsql;
