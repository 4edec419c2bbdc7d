import "server-only";
import QRCode from "qrcode";

/** The pay link as an SVG QR code in a data URL (the CSP allows `img-src data:`; no client JS). */
export async function qrCodeDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
