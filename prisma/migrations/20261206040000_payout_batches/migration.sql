-- AlterEnum
ALTER TYPE "RecipientSource" ADD VALUE 'batch_file';

-- CreateEnum
CREATE TYPE "PayoutBatchStatus" AS ENUM ('awaiting_approval', 'rejected', 'sending', 'paused', 'cancelled', 'finished');

-- CreateTable
CREATE TABLE "payout_batches" (
    "id" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "purpose" "PayoutPurpose" NOT NULL,
    "status" "PayoutBatchStatus" NOT NULL,
    "total" BIGINT NOT NULL,
    "line_count" INTEGER NOT NULL,
    "approval_reasons" "ApprovalReason"[] DEFAULT ARRAY[]::"ApprovalReason"[],
    "requested_by_id" TEXT NOT NULL,
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "finished_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "payout_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payout_batch_lines" (
    "id" TEXT NOT NULL,
    "batch_id" TEXT NOT NULL,
    "line_number" INTEGER NOT NULL,
    "phone" TEXT NOT NULL,
    "operator" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "destination" "PayoutDestination" NOT NULL,
    "top_up_wallet" INTEGER,
    "payout_id" TEXT,

    CONSTRAINT "payout_batch_lines_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "payout_batches_idempotency_key_key" ON "payout_batches"("idempotency_key");

-- CreateIndex
CREATE INDEX "payout_batches_created_at_id_idx" ON "payout_batches"("created_at", "id");

-- CreateIndex
CREATE INDEX "payout_batches_status_idx" ON "payout_batches"("status");

-- CreateIndex
CREATE UNIQUE INDEX "payout_batch_lines_payout_id_key" ON "payout_batch_lines"("payout_id");

-- CreateIndex
CREATE INDEX "payout_batch_lines_batch_id_payout_id_idx" ON "payout_batch_lines"("batch_id", "payout_id");

-- CreateIndex
CREATE UNIQUE INDEX "payout_batch_lines_batch_id_line_number_key" ON "payout_batch_lines"("batch_id", "line_number");

-- AddForeignKey
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout_batches" ADD CONSTRAINT "payout_batches_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout_batch_lines" ADD CONSTRAINT "payout_batch_lines_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "payout_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payout_batch_lines" ADD CONSTRAINT "payout_batch_lines_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;
