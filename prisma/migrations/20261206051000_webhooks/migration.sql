-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "events" TEXT[],
    "secret" TEXT NOT NULL,
    "previous_secret" TEXT,
    "previous_secret_until" TIMESTAMPTZ(3),
    "allow_private_network" BOOLEAN NOT NULL DEFAULT false,
    "failing_since" TIMESTAMPTZ(3),
    "disabled_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "subject_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" TEXT NOT NULL,
    "event_id" TEXT NOT NULL,
    "endpoint_id" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_attempt_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_attempts" (
    "id" BIGSERIAL NOT NULL,
    "delivery_id" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status_code" INTEGER,
    "duration_ms" INTEGER NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "webhook_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "webhook_events_created_at_idx" ON "webhook_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_events_type_subject_id_key" ON "webhook_events"("type", "subject_id");

-- CreateIndex
CREATE INDEX "webhook_deliveries_status_next_attempt_at_idx" ON "webhook_deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_event_id_endpoint_id_key" ON "webhook_deliveries"("event_id", "endpoint_id");

-- CreateIndex
CREATE INDEX "webhook_attempts_delivery_id_at_idx" ON "webhook_attempts"("delivery_id", "at");

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "webhook_events"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_attempts" ADD CONSTRAINT "webhook_attempts_delivery_id_fkey" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_events_known"
  CHECK ("events" <@ ARRAY['invoice.paid', 'invoice.failed', 'invoice.expired', 'payout.completed', 'payout.failed', 'refund.completed', 'refund.failed']::TEXT[] AND cardinality("events") > 0);
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_status_known"
  CHECK ("status" IN ('pending', 'delivered', 'failed'));

-- The outbox. An event is written by the transaction that makes the change, never after it: a
-- change without its event, or an event without its change, cannot commit. The unique
-- (type, subject_id) makes a second copy of the same change a no-op, whatever the number of
-- LigdiCash callbacks, instances or retries. One delivery row per subscribed endpoint.
CREATE FUNCTION caisse_webhook_emit(event_type TEXT, subject TEXT, data JSONB) RETURNS VOID AS $$
DECLARE
  event_id TEXT := 'msg_' || replace(gen_random_uuid()::text, '-', '');
BEGIN
  INSERT INTO webhook_events (id, type, subject_id, payload)
  VALUES (event_id, event_type, subject, jsonb_build_object(
    'type', event_type,
    'timestamp', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'data', data))
  ON CONFLICT (type, subject_id) DO NOTHING;
  IF FOUND THEN
    INSERT INTO webhook_deliveries (id, event_id, endpoint_id)
    SELECT 'whd_' || replace(gen_random_uuid()::text, '-', ''), event_id, e.id
    FROM webhook_endpoints e
    WHERE e.disabled_at IS NULL AND event_type = ANY (e.events);
  END IF;
END $$ LANGUAGE plpgsql;

-- Invoices: only LigdiCash's verified verdicts move an invoice to completed or notcompleted.
CREATE FUNCTION caisse_invoice_webhook() RETURNS TRIGGER AS $$
BEGIN
  PERFORM caisse_webhook_emit(
    CASE NEW.status WHEN 'completed' THEN 'invoice.paid' ELSE 'invoice.failed' END,
    NEW.id,
    jsonb_build_object(
      'id', NEW.id, 'object', 'invoice', 'number', NEW.number,
      'status', CASE NEW.status WHEN 'completed' THEN 'paid' ELSE 'not_completed' END,
      'amount', NEW.total_amount, 'currency', 'XOF', 'reference', NEW.merchant_reference,
      'operator', NEW.operator, 'settled_at', NEW.settled_at));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER invoices_webhook_events AFTER UPDATE OF status ON invoices
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.status IN ('completed', 'notcompleted'))
  EXECUTE FUNCTION caisse_invoice_webhook();

-- Payouts and refunds: completed or notcompleted (verified), failed (LigdiCash refused it).
CREATE FUNCTION caisse_payout_webhook() RETURNS TRIGGER AS $$
BEGIN
  PERFORM caisse_webhook_emit(
    CASE WHEN NEW.purpose = 'refund' THEN 'refund.' ELSE 'payout.' END
      || CASE NEW.status WHEN 'completed' THEN 'completed' ELSE 'failed' END,
    NEW.id,
    jsonb_build_object(
      'id', NEW.id, 'object', CASE WHEN NEW.purpose = 'refund' THEN 'refund' ELSE 'payout' END, 'number', NEW.number,
      'status', CASE NEW.status WHEN 'completed' THEN 'completed' ELSE 'failed' END,
      'amount', NEW.amount, 'currency', 'XOF', 'purpose', NEW.purpose, 'invoice_id', NEW.invoice_id,
      'operator', NEW.operator, 'settled_at', NEW.settled_at));
  RETURN NULL;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER payouts_webhook_events AFTER UPDATE OF status ON payouts
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status AND NEW.status IN ('completed', 'notcompleted', 'failed'))
  EXECUTE FUNCTION caisse_payout_webhook();
