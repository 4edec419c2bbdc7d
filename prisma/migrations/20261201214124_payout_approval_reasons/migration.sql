-- CreateEnum
CREATE TYPE "ApprovalReason" AS ENUM ('over_threshold', 'rolling_total', 'other_number');

-- AlterTable
ALTER TABLE "payouts" ADD COLUMN     "approval_reasons" "ApprovalReason"[] DEFAULT ARRAY[]::"ApprovalReason"[];

-- CreateIndex
CREATE INDEX "payouts_requested_by_id_created_at_idx" ON "payouts"("requested_by_id", "created_at");
