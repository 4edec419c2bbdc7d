-- Free-text search in the transaction history is a substring match (ILIKE '%…%'), which no
-- B-tree can serve: trigram GIN indexes can. pg_trgm ships with PostgreSQL (contrib) and is
-- loaded into the embedded database (lib/embedded-db).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "invoices_description_idx" ON "invoices" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "invoices_merchant_reference_idx" ON "invoices" USING GIN ("merchant_reference" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "payouts_reason_idx" ON "payouts" USING GIN ("reason" gin_trgm_ops);
