import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// The TOTP secret is kept encrypted (AES-256-GCM) with a key derived from NEXTAUTH_SECRET, so a
// copy of the database alone (a backup, a read replica) does not let anyone make codes.
// Changing NEXTAUTH_SECRET therefore asks every enrolled person to enrol again (an admin resets them).

function keyFrom(secret: string | undefined): Buffer {
  if (!secret) throw new Error("NEXTAUTH_SECRET is required to store second-factor secrets");
  return createHash("sha256").update(`caisse/totp-secret/v1:${secret}`).digest();
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealSecret(plain: string, secret = process.env.NEXTAUTH_SECRET): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plain secret, or null when the value was sealed with another key or tampered with. */
export function openSecret(sealed: string, secret = process.env.NEXTAUTH_SECRET): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
