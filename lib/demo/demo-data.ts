// A believable month of activity for the embedded demo: a shop in Ouagadougou selling
// subscriptions and deliveries, paid with Orange Money and Moov Money.
export type DemoInvoice = {
  daysAgo: number;
  customer: [first: string, last: string, email: string];
  items: { name: string; description: string; quantity: number; unitPrice: number }[];
  description: string;
  outcome: "completed" | "notcompleted" | "failed";
  operator: "orange_bf" | "moov_bf";
  payerPhone: string;
};

export const demoInvoices: DemoInvoice[] = [
  {
    daysAgo: 27,
    customer: ["Awa", "Ouédraogo", "awa.ouedraogo@example.org"],
    items: [{ name: "Abonnement Fibre", description: "1 mois", quantity: 1, unitPrice: 25_000 }],
    description: "Abonnement Fibre — novembre",
    outcome: "completed",
    operator: "orange_bf",
    payerPhone: "22674112233",
  },
  {
    daysAgo: 24,
    customer: ["Issa", "Sawadogo", "issa.sawadogo@example.org"],
    items: [
      { name: "Panier légumes", description: "Livraison à domicile", quantity: 3, unitPrice: 4_500 },
      { name: "Livraison", description: "Ouaga 2000", quantity: 1, unitPrice: 1_000 },
    ],
    description: "Commande #1042",
    outcome: "completed",
    operator: "moov_bf",
    payerPhone: "22671223344",
  },
  {
    daysAgo: 21,
    customer: ["Mariam", "Kaboré", "mariam.kabore@example.org"],
    items: [{ name: "Formation Excel", description: "Session du samedi", quantity: 1, unitPrice: 35_000 }],
    description: "Inscription formation",
    outcome: "completed",
    operator: "orange_bf",
    payerPhone: "22676334455",
  },
  {
    daysAgo: 18,
    customer: ["Boukary", "Zongo", "boukary.zongo@example.org"],
    items: [{ name: "Sac de riz 25 kg", description: "", quantity: 2, unitPrice: 17_500 }],
    description: "Commande #1051",
    outcome: "notcompleted",
    operator: "moov_bf",
    payerPhone: "22660445566",
  },
  {
    daysAgo: 15,
    customer: ["Fatimata", "Compaoré", "fatimata.compaore@example.org"],
    items: [{ name: "Abonnement Fibre", description: "1 mois", quantity: 1, unitPrice: 25_000 }],
    description: "Abonnement Fibre — décembre",
    outcome: "completed",
    operator: "orange_bf",
    payerPhone: "22677556677",
  },
  {
    daysAgo: 11,
    customer: ["Adama", "Traoré", "adama.traore@example.org"],
    items: [{ name: "Réparation téléphone", description: "Écran", quantity: 1, unitPrice: 18_000 }],
    description: "Atelier — ticket 318",
    outcome: "completed",
    operator: "moov_bf",
    payerPhone: "22670667788",
  },
  {
    daysAgo: 7,
    customer: ["Salimata", "Ilboudo", "salimata.ilboudo@example.org"],
    items: [{ name: "Pagne tissé", description: "Faso Dan Fani", quantity: 4, unitPrice: 7_500 }],
    description: "Commande #1077",
    outcome: "completed",
    operator: "orange_bf",
    payerPhone: "22675778899",
  },
  {
    daysAgo: 4,
    customer: ["Hamidou", "Sanou", "hamidou.sanou@example.org"],
    items: [{ name: "Abonnement Fibre", description: "3 mois", quantity: 1, unitPrice: 70_000 }],
    description: "Abonnement Fibre — trimestre",
    outcome: "failed",
    operator: "orange_bf",
    payerPhone: "22664889900",
  },
  {
    daysAgo: 2,
    customer: ["Rasmata", "Nikiéma", "rasmata.nikiema@example.org"],
    items: [{ name: "Panier légumes", description: "", quantity: 2, unitPrice: 4_500 }],
    description: "Commande #1093",
    outcome: "completed",
    operator: "moov_bf",
    payerPhone: "22672990011",
  },
  {
    daysAgo: 1,
    customer: ["Oumarou", "Kiemdé", "oumarou.kiemde@example.org"],
    items: [{ name: "Formation Excel", description: "Session du samedi", quantity: 1, unitPrice: 35_000 }],
    description: "Inscription formation",
    outcome: "completed",
    operator: "orange_bf",
    payerPhone: "22654001122",
  },
];

/** Index into demoInvoices of the invoice partly refunded in the demo, and the refund. */
export const demoRefund = { invoiceIndex: 1, amount: 4_500, reason: "Panier incomplet : un panier manquant" };
