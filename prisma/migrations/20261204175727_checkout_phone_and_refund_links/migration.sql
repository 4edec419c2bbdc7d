-- AlterTable
ALTER TABLE "invoices" ADD COLUMN     "checkout_opened_at" TIMESTAMPTZ(3),
ADD COLUMN     "checkout_phone" TEXT;

-- CreateTable
CREATE TABLE "refund_links" (
    "payout_id" TEXT NOT NULL,
    "public_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "refund_links_pkey" PRIMARY KEY ("payout_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "refund_links_public_id_key" ON "refund_links"("public_id");

-- AddForeignKey
ALTER TABLE "refund_links" ADD CONSTRAINT "refund_links_payout_id_fkey" FOREIGN KEY ("payout_id") REFERENCES "payouts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
