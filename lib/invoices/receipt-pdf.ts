import "server-only";
import PDFDocument from "pdfkit";

/** The receipt's words and figures, already written in the reader's language (text is made at the edge). */
export type ReceiptPdfText = {
  title: string;
  merchant: string;
  verified: string;
  facts: [label: string, value: string][];
  items: [name: string, detail: string, total: string][];
  totalLabel: string;
  total: string;
  footer: string;
};

// The standard Helvetica fonts ship inside pdfkit (nothing is fetched) and encode text as
// WinAnsi: é, è, à, ç, « » and the no-break space are in it; the narrow no-break space French
// number formatting uses (U+202F) is not, so it becomes a no-break space.
const winAnsi = (text: string) => text.replace(/\u202f/g, "\u00a0");

/** A one-page A4 receipt, as a PDF file in memory. */
export function renderReceiptPdf(text: ReceiptPdfText): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: winAnsi(text.title), Author: winAnsi(text.merchant) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - 112;
  const rule = () =>
    doc
      .moveTo(56, doc.y)
      .lineTo(56 + width, doc.y)
      .strokeColor("#dddddd")
      .stroke()
      .moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(18).text(winAnsi(text.merchant));
  doc.moveDown(0.3).font("Helvetica").fontSize(13).fillColor("#333333").text(winAnsi(text.title));
  doc.moveDown(0.6).font("Helvetica-Bold").fontSize(11).fillColor("#166534").text(winAnsi(text.verified));
  doc.moveDown(1).fillColor("#111111");
  for (const [label, value] of text.facts) {
    const y = doc.y;
    doc.font("Helvetica").fontSize(10).fillColor("#555555").text(winAnsi(label), 56, y, { width: 170 });
    doc
      .font("Helvetica-Bold")
      .fillColor("#111111")
      .text(winAnsi(value), 236, y, { width: width - 180 });
    doc.moveDown(0.4);
  }
  doc.moveDown(0.8);
  rule();
  for (const [name, detail, total] of text.items) {
    const y = doc.y;
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor("#111111")
      .text(winAnsi(name), 56, y, { width: width - 130 });
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor("#555555")
      .text(winAnsi(detail), 56, doc.y, { width: width - 130 });
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#111111")
      .text(winAnsi(total), 56 + width - 120, y, { width: 120, align: "right" });
    doc.moveDown(0.6);
  }
  rule();
  const y = doc.y;
  doc
    .font("Helvetica-Bold")
    .fontSize(12)
    .text(winAnsi(text.totalLabel), 56, y, { width: width - 160 });
  doc.text(winAnsi(text.total), 56 + width - 160, y, { width: 160, align: "right" });
  doc
    .moveDown(2)
    .font("Helvetica")
    .fontSize(8)
    .fillColor("#777777")
    .text(winAnsi(text.footer), 56, doc.y, { width });
  doc.end();
  return done;
}
