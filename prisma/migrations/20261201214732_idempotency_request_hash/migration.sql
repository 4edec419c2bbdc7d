-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "request_hash" TEXT;

-- AlterTable
ALTER TABLE "payouts" ADD COLUMN     "request_hash" TEXT;
