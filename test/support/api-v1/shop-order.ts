/** An order as a shop's backend posts it to /api/v1/invoices: the console's invoice body, with metadata. */
export const SHOP_ORDER = {
  channel: "hosted",
  customerFirstname: "Salimata",
  customerLastname: "Ouédraogo",
  customerEmail: "salimata@example.bf",
  merchantReference: "CMD-7781",
  metadata: { panier: "P-7781", client_boutique: "u-4410" },
  items: [{ name: "Pagne tissé Faso Dan Fani", quantity: 2, unitPrice: 6_250 }],
  description: "Commande en ligne n° 7781",
};
