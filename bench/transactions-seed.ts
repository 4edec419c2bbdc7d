import type pg from "pg";

/**
 * Fills a benchmark database with `total` transactions (70 % invoices, 30 % payouts, a third of
 * them refunds) in two INSERT … SELECT statements: PostgreSQL generates the rows itself, which is
 * what makes a million rows take seconds rather than minutes. Values are spread deterministically
 * (multiplicative hashes of the row number) across operators, statuses, amounts and ~8 months.
 */
export async function seedTransactions(client: pg.Client, total: number): Promise<void> {
  const invoices = Math.round(total * 0.7);
  const payouts = total - invoices;
  await client.query(
    `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES ('bench', 'bench@bench.local', 'Bench', 'admin', 'x', now())`,
  );
  await client.query(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, merchant_reference, customer_firstname,
       customer_lastname, customer_email, customer_phone, operator, gateway_request_id, created_by_id, created_at, settled_at, updated_at)
     SELECT 'inv' || lpad(g::text, 9, '0'), 'pub' || g, 'iidem' || g, 'hosted',
       (ARRAY['completed','completed','completed','completed','pending','notcompleted','failed','unknown','sending','draft'])[1 + (g * 7) % 10]::"InvoiceStatus",
       100 + (g::bigint * 7919) % 499900, 'Commande #' || g, 'CMD-' || g, 'Awa', 'Ouédraogo', 'awa@example.bf',
       '2267' || lpad(((g::bigint * 7127) % 10000000)::text, 7, '0'),
       (ARRAY['orange_bf','moov_bf','orange_bf','moov_bf','telecel_bf'])[1 + (g * 3) % 5],
       'REQ' || g, 'bench', now() - g * interval '22 seconds', now() - g * interval '22 seconds' + interval '2 minutes', now()
     FROM generate_series(1, $1::int) AS g`,
    [invoices],
  );
  await client.query(
    `INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone, recipient_source, operator,
       invoice_id, requested_by_id, created_at, updated_at)
     SELECT 'pay' || lpad(g::text, 9, '0'), 'pidem' || g, CASE WHEN g % 3 = 0 THEN 'refund' ELSE 'supplier' END::"PayoutPurpose", 'mobile_money',
       (ARRAY['completed','completed','completed','pending','awaiting_approval','approved','outcome_unknown','notcompleted','failed','rejected'])[1 + (g * 7) % 10]::"PayoutStatus",
       100 + (g::bigint * 6007) % 299900, 'Versement #' || g, '2267' || lpad(((g::bigint * 3571) % 10000000)::text, 7, '0'), 'typed_twice',
       (ARRAY['orange_bf','moov_bf'])[1 + g % 2],
       CASE WHEN g % 3 = 0 AND g * 2 <= $2::int THEN 'inv' || lpad((g * 2)::text, 9, '0') END, 'bench', now() - g * interval '51 seconds' - interval '7 seconds', now()
     FROM generate_series(1, $1::int) AS g`,
    [payouts, invoices],
  );
  await client.query("ANALYZE invoices");
  await client.query("ANALYZE payouts");
}
