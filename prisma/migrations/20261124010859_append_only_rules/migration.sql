-- Database-level rules that Prisma's schema language cannot express. Written by hand; Prisma's
-- diff ignores triggers and CHECK constraints, so schema.prisma and the migrations stay in sync.

-- Append-only tables --------------------------------------------------------------------------
-- The ledger and the audit log are the record of what happened: a mistake is corrected by a
-- new row (a reversing journal, a new audit record), never by editing or removing an old one.
-- The rule lives in the database so that no code path, script or console session can bypass it.

CREATE FUNCTION "refuse_append_only_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on "%" refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'raise_exception',
          HINT = 'Record a correction as a new row (e.g. a reversing journal) instead.';
END;
$$;

CREATE TRIGGER "ledger_entries_append_only"
  BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "ledger_entries_no_truncate"
  BEFORE TRUNCATE ON "ledger_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "ledger_journals_append_only"
  BEFORE UPDATE OR DELETE ON "ledger_journals"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "ledger_journals_no_truncate"
  BEFORE TRUNCATE ON "ledger_journals"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();

CREATE TRIGGER "audit_log_append_only"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "refuse_append_only_change"();
CREATE TRIGGER "audit_log_no_truncate"
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_append_only_change"();

-- Raw callbacks: stored exactly as they arrived, before anything else; processing only adds its
-- verdict (outcome, verified status, links). What arrived is the evidence when a callback is
-- disputed or forged, so it is never rewritten and no delivery is deleted.

CREATE FUNCTION "refuse_callback_rewrite"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE'
     OR (NEW."kind", NEW."received_at", NEW."content_type", NEW."headers", NEW."body", NEW."source_ip")
        IS DISTINCT FROM (OLD."kind", OLD."received_at", OLD."content_type", OLD."headers", OLD."body", OLD."source_ip")
  THEN
    RAISE EXCEPTION '% of a received callback refused: deliveries are kept as they arrived', TG_OP
      USING ERRCODE = 'raise_exception';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "callback_deliveries_keep_raw"
  BEFORE UPDATE OR DELETE ON "callback_deliveries"
  FOR EACH ROW EXECUTE FUNCTION "refuse_callback_rewrite"();
CREATE TRIGGER "callback_deliveries_no_truncate"
  BEFORE TRUNCATE ON "callback_deliveries"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_callback_rewrite"();

-- Balanced journals ---------------------------------------------------------------------------
-- Every journal's entries sum to zero. Checked at COMMIT (deferred), once all the entries of
-- the transaction are in: a transaction that posts an unbalanced journal fails as a whole, and
-- with it the state change it was recording.

CREATE FUNCTION "check_ledger_journal_balance"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  total bigint;
BEGIN
  SELECT COALESCE(SUM("amount"), 0) INTO total FROM "ledger_entries" WHERE "journal_id" = NEW."journal_id";
  IF total <> 0 THEN
    RAISE EXCEPTION 'ledger journal % does not balance: its entries sum to %', NEW."journal_id", total
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "ledger_entries_journal_balanced"
  AFTER INSERT ON "ledger_entries"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "check_ledger_journal_balance"();

-- Amounts -------------------------------------------------------------------------------------
-- Integer XOF. The products are computed in bigint so that an overflow fails the CHECK
-- rather than the INSERT with "integer out of range".

ALTER TABLE "invoices"
  ADD CONSTRAINT "invoices_total_amount_positive" CHECK ("total_amount" > 0);

ALTER TABLE "invoice_items"
  ADD CONSTRAINT "invoice_items_quantity_positive" CHECK ("quantity" > 0),
  ADD CONSTRAINT "invoice_items_unit_price_not_negative" CHECK ("unit_price" >= 0),
  ADD CONSTRAINT "invoice_items_total_price_matches"
    CHECK ("total_price"::bigint = "quantity"::bigint * "unit_price"::bigint);

ALTER TABLE "payouts"
  ADD CONSTRAINT "payouts_amount_positive" CHECK ("amount" > 0),
  -- 1 = stay in the LigdiCash wallet, 0 = forward to mobile money; NULL for merchant payouts.
  ADD CONSTRAINT "payouts_top_up_wallet_flag" CHECK ("top_up_wallet" IN (0, 1));

ALTER TABLE "ledger_entries"
  ADD CONSTRAINT "ledger_entries_amount_not_zero" CHECK ("amount" <> 0);
