-- CreateIndex
CREATE INDEX "audit_log_target_id_idx" ON "audit_log"("target_id");

-- CreateIndex
CREATE INDEX "callback_deliveries_invoice_id_idx" ON "callback_deliveries"("invoice_id");

-- CreateIndex
CREATE INDEX "callback_deliveries_payout_id_idx" ON "callback_deliveries"("payout_id");

-- CreateIndex
CREATE INDEX "invoices_total_amount_id_idx" ON "invoices"("total_amount", "id");

-- CreateIndex
CREATE INDEX "invoices_operator_created_at_id_idx" ON "invoices"("operator", "created_at", "id");

-- CreateIndex
CREATE INDEX "invoices_customer_phone_idx" ON "invoices"("customer_phone");

-- CreateIndex
CREATE INDEX "invoices_payer_phone_idx" ON "invoices"("payer_phone");

-- CreateIndex
CREATE INDEX "invoices_gateway_request_id_idx" ON "invoices"("gateway_request_id");

-- CreateIndex
CREATE INDEX "ledger_journals_invoice_id_idx" ON "ledger_journals"("invoice_id");

-- CreateIndex
CREATE INDEX "ledger_journals_payout_id_idx" ON "ledger_journals"("payout_id");

-- CreateIndex
CREATE INDEX "payouts_amount_id_idx" ON "payouts"("amount", "id");

-- CreateIndex
CREATE INDEX "payouts_operator_created_at_id_idx" ON "payouts"("operator", "created_at", "id");

-- CreateIndex
CREATE INDEX "payouts_recipient_phone_idx" ON "payouts"("recipient_phone");
