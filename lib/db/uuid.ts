import { randomBytes } from "node:crypto";

// UUID version 7 (RFC 9562), as Prisma's @default(uuid(7)) makes them: the time in milliseconds
// in the first 48 bits, so rows inserted together sit together in the primary-key index. For the
// few places that insert with raw SQL and must supply the id themselves.
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
