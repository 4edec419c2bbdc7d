-- Numbers staff can say on the phone: FAC-2026-000123 for an invoice, VER-2026-000045 for a
-- payout or refund. The running part comes from a PostgreSQL sequence taken in the INSERT itself
-- (the column DEFAULT), so any number of app instances never hand out the same one; the year is
-- the year the row is created (UTC, Burkina Faso's time all year). The unique indexes are the
-- last guard. Sequences never go back: a rolled-back INSERT leaves a gap, never a duplicate.
CREATE SEQUENCE "invoice_number_seq";
CREATE SEQUENCE "payout_number_seq";

-- One spelling of a number, shared by the defaults and the back-fill below. At least six digits;
-- past 999999 the number simply grows (lpad alone would cut it and repeat numbers).
CREATE FUNCTION caisse_document_number(prefix text, seq bigint, created timestamptz) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN prefix || '-' || date_part('year', created AT TIME ZONE 'UTC')::int::text || '-'
    || lpad(seq::text, greatest(6, length(seq::text)), '0');

-- Back-fill: existing rows numbered in creation order, each with the year it was created in.
ALTER TABLE "invoices" ADD COLUMN "number" TEXT;
UPDATE "invoices" i SET "number" = caisse_document_number('FAC', o.seq, i.created_at)
  FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS seq FROM "invoices") o
  WHERE o.id = i.id;
SELECT setval('invoice_number_seq', greatest((SELECT count(*) FROM "invoices"), 1), (SELECT count(*) FROM "invoices") > 0);
ALTER TABLE "invoices" ALTER COLUMN "number" SET DEFAULT caisse_document_number('FAC', nextval('invoice_number_seq'), now());
ALTER TABLE "invoices" ALTER COLUMN "number" SET NOT NULL;
ALTER SEQUENCE "invoice_number_seq" OWNED BY "invoices"."number";

ALTER TABLE "payouts" ADD COLUMN "number" TEXT;
UPDATE "payouts" p SET "number" = caisse_document_number('VER', o.seq, p.created_at)
  FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS seq FROM "payouts") o
  WHERE o.id = p.id;
SELECT setval('payout_number_seq', greatest((SELECT count(*) FROM "payouts"), 1), (SELECT count(*) FROM "payouts") > 0);
ALTER TABLE "payouts" ALTER COLUMN "number" SET DEFAULT caisse_document_number('VER', nextval('payout_number_seq'), now());
ALTER TABLE "payouts" ALTER COLUMN "number" SET NOT NULL;
ALTER SEQUENCE "payout_number_seq" OWNED BY "payouts"."number";

-- CreateIndex
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices"("number");
CREATE UNIQUE INDEX "payouts_number_key" ON "payouts"("number");
-- Part of a number ("000123", "2026-0001"): a substring match, served by trigrams.
CREATE INDEX "invoices_number_idx" ON "invoices" USING GIN ("number" gin_trgm_ops);
CREATE INDEX "payouts_number_idx" ON "payouts" USING GIN ("number" gin_trgm_ops);

-- Customer search without accents or case: "ouedraogo" finds "Ouédraogo". unaccent ships with
-- PostgreSQL (contrib: Debian's postgresql-15 and the embedded server's @embedded-postgres files
-- both have it). unaccent() itself is only STABLE (its dictionary could change), so an index
-- needs an IMMUTABLE wrapper; the SQL-standard body binds the dictionary when it is created,
-- whatever the search_path of later sessions.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE FUNCTION caisse_search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN unaccent('unaccent'::regdictionary, lower(value));

-- What the search box matches a customer by: name (first and last, in that order) and e-mail.
-- lib/search/customer-sql.ts calls it with the same columns, so the planner uses the index below.
CREATE FUNCTION caisse_invoice_customer_text(firstname text, lastname text, email text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN caisse_search_text(coalesce(firstname, '') || ' ' || coalesce(lastname, '') || ' ' || coalesce(email, ''));

CREATE INDEX "invoices_customer_search_idx" ON "invoices"
  USING GIN (caisse_invoice_customer_text("customer_firstname", "customer_lastname", "customer_email") gin_trgm_ops);
