-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "unknown_gateway_status" TEXT;

-- AlterTable
ALTER TABLE "payouts" ADD COLUMN     "unknown_gateway_status" TEXT;
