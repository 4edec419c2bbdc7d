-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'manager', 'finance', 'viewer');

-- CreateEnum
CREATE TYPE "PayinChannel" AS ENUM ('hosted', 'direct');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('draft', 'sending', 'pending', 'completed', 'notcompleted', 'failed', 'unknown');

-- CreateEnum
CREATE TYPE "PayoutStatus" AS ENUM ('awaiting_approval', 'rejected', 'approved', 'sending', 'outcome_unknown', 'pending', 'completed', 'notcompleted', 'failed');

-- CreateEnum
CREATE TYPE "PayoutDestination" AS ENUM ('wallet', 'mobile_money');

-- CreateEnum
CREATE TYPE "PayoutPurpose" AS ENUM ('refund', 'reward', 'supplier', 'salary', 'other');

-- CreateEnum
CREATE TYPE "RecipientSource" AS ENUM ('verified_payer', 'typed_twice');

-- CreateEnum
CREATE TYPE "CallbackKind" AS ENUM ('payin', 'payout');

-- CreateEnum
CREATE TYPE "CallbackOutcome" AS ENUM ('received', 'applied', 'duplicate', 'still_pending', 'flagged', 'unknown_transaction', 'error');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoices" (
    "id" TEXT NOT NULL,
    "public_id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "channel" "PayinChannel" NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'draft',
    "total_amount" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "merchant_reference" TEXT,
    "customer_firstname" TEXT NOT NULL,
    "customer_lastname" TEXT NOT NULL,
    "customer_email" TEXT NOT NULL,
    "customer_phone" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "gateway_token" TEXT,
    "payment_url" TEXT,
    "gateway_request_id" TEXT,
    "operator" TEXT,
    "operator_name" TEXT,
    "payer_phone" TEXT,
    "failure_code" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "settled_at" TIMESTAMPTZ(3),
    "last_checked_at" TIMESTAMPTZ(3),
    "next_check_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "invoices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invoice_items" (
    "id" TEXT NOT NULL,
    "invoice_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "quantity" INTEGER NOT NULL,
    "unit_price" INTEGER NOT NULL,
    "total_price" INTEGER NOT NULL,

    CONSTRAINT "invoice_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payouts" (
    "id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "purpose" "PayoutPurpose" NOT NULL,
    "destination" "PayoutDestination" NOT NULL,
    "status" "PayoutStatus" NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "recipient_phone" TEXT NOT NULL,
    "recipient_source" "RecipientSource" NOT NULL,
    "operator" TEXT NOT NULL,
    "top_up_wallet" INTEGER,
    "invoice_id" TEXT,
    "requested_by_id" TEXT NOT NULL,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "gateway_token" TEXT,
    "operator_name" TEXT,
    "failure_code" TEXT,
    "send_started_at" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "settled_at" TIMESTAMPTZ(3),
    "last_checked_at" TIMESTAMPTZ(3),
    "next_check_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payouts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "callback_deliveries" (
    "id" TEXT NOT NULL,
    "kind" "CallbackKind" NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "content_type" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "body" TEXT NOT NULL,
    "source_ip" TEXT,
    "claimed_transaction_id" TEXT,
    "claimed_status" TEXT,
    "claimed_amount" INTEGER,
    "outcome" "CallbackOutcome" NOT NULL DEFAULT 'received',
    "flag_reason" TEXT,
    "verified_status" TEXT,
    "verified_amount" INTEGER,
    "processed_at" TIMESTAMPTZ(3),
    "invoice_id" TEXT,
    "payout_id" TEXT,

    CONSTRAINT "callback_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "gateway_exchanges" (
    "id" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "response" JSONB,
    "http_status" INTEGER,
    "error_code" TEXT,
    "duration_ms" INTEGER,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invoice_id" TEXT,
    "payout_id" TEXT,

    CONSTRAINT "gateway_exchanges_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_journals" (
    "id" TEXT NOT NULL,
    "posting_key" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reverses_id" TEXT,
    "invoice_id" TEXT,
    "payout_id" TEXT,

    CONSTRAINT "ledger_journals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "id" BIGSERIAL NOT NULL,
    "journal_id" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "operator" TEXT,
    "amount" INTEGER NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "ip" TEXT,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "login_attempts_email_attempted_at_idx" ON "login_attempts"("email", "attempted_at");

-- CreateIndex
CREATE INDEX "login_attempts_ip_attempted_at_idx" ON "login_attempts"("ip", "attempted_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_public_id_key" ON "invoices"("public_id");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_idempotency_key_key" ON "invoices"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "invoices_gateway_token_key" ON "invoices"("gateway_token");

-- CreateIndex
CREATE INDEX "invoices_status_created_at_idx" ON "invoices"("status", "created_at");

-- CreateIndex
CREATE INDEX "invoices_created_at_id_idx" ON "invoices"("created_at", "id");

-- CreateIndex
CREATE INDEX "invoices_status_next_check_at_idx" ON "invoices"("status", "next_check_at");

-- CreateIndex
CREATE UNIQUE INDEX "invoice_items_invoice_id_position_key" ON "invoice_items"("invoice_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "payouts_idempotency_key_key" ON "payouts"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "payouts_gateway_token_key" ON "payouts"("gateway_token");

-- CreateIndex
CREATE INDEX "payouts_invoice_id_idx" ON "payouts"("invoice_id");

-- CreateIndex
CREATE INDEX "payouts_status_created_at_idx" ON "payouts"("status", "created_at");

-- CreateIndex
CREATE INDEX "payouts_created_at_id_idx" ON "payouts"("created_at", "id");

-- CreateIndex
CREATE INDEX "payouts_status_next_check_at_idx" ON "payouts"("status", "next_check_at");

-- CreateIndex
CREATE INDEX "callback_deliveries_outcome_received_at_idx" ON "callback_deliveries"("outcome", "received_at");

-- CreateIndex
CREATE INDEX "callback_deliveries_claimed_transaction_id_idx" ON "callback_deliveries"("claimed_transaction_id");

-- CreateIndex
CREATE INDEX "callback_deliveries_received_at_id_idx" ON "callback_deliveries"("received_at", "id");

-- CreateIndex
CREATE INDEX "gateway_exchanges_invoice_id_started_at_idx" ON "gateway_exchanges"("invoice_id", "started_at");

-- CreateIndex
CREATE INDEX "gateway_exchanges_payout_id_started_at_idx" ON "gateway_exchanges"("payout_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_journals_posting_key_key" ON "ledger_journals"("posting_key");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_journals_reverses_id_key" ON "ledger_journals"("reverses_id");

-- CreateIndex
CREATE INDEX "ledger_journals_posted_at_id_idx" ON "ledger_journals"("posted_at", "id");

-- CreateIndex
CREATE INDEX "ledger_entries_account_posted_at_idx" ON "ledger_entries"("account", "posted_at");

-- CreateIndex
CREATE INDEX "ledger_entries_journal_id_idx" ON "ledger_entries"("journal_id");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- CreateIndex
CREATE INDEX "audit_log_actor_id_created_at_idx" ON "audit_log"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log"("action", "created_at");

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_idx" ON "audit_log"("target_type", "target_id");

-- AddForeignKey
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invoice_items" ADD CONSTRAINT "invoice_items_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payouts" ADD CONSTRAINT "payouts_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback_deliveries" ADD CONSTRAINT "callback_deliveries_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "callback_deliveries" ADD CONSTRAINT "callback_deliveries_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_exchanges" ADD CONSTRAINT "gateway_exchanges_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "gateway_exchanges" ADD CONSTRAINT "gateway_exchanges_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_journals" ADD CONSTRAINT "ledger_journals_reverses_id_fkey" FOREIGN KEY ("reverses_id") REFERENCES "ledger_journals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_journals" ADD CONSTRAINT "ledger_journals_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_journals" ADD CONSTRAINT "ledger_journals_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_journal_id_fkey" FOREIGN KEY ("journal_id") REFERENCES "ledger_journals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
