// Looks inside an .xlsx (a zip) before anything inflates it: reads the central directory, caps
// the number of entries and the unzipped size, then inflates each entry with a hard output limit
// so a header that lies about its size cannot turn a small upload into gigabytes (zip bomb).
import { inflateRawSync } from "node:zlib";

export const ZIP_LIMITS = { maxEntries: 2000, maxEntryBytes: 60 * 1024 * 1024, maxTotalBytes: 120 * 1024 * 1024 };

export type ZipCheck = { ok: true; names: string[] } | { ok: false; reason: "NOT_ZIP" | "TOO_LARGE" | "UNSUPPORTED" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export function inspectZip(input: Uint8Array, limits = ZIP_LIMITS): ZipCheck {
  if (!isZip(input)) return { ok: false, reason: "NOT_ZIP" };
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "NOT_ZIP" };
  const count = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  // Zip64 markers: an .xlsx within the upload limit never needs them.
  if (count === 0xffff || dirOffset === 0xffffffff) return { ok: false, reason: "UNSUPPORTED" };
  if (count > limits.maxEntries) return { ok: false, reason: "TOO_LARGE" };
  const names: string[] = [];
  let total = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: "NOT_ZIP" };
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extra + comment;
    total += size;
    if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) return { ok: false, reason: "TOO_LARGE" };
    if (method !== 0 && method !== 8) return { ok: false, reason: "UNSUPPORTED" };
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) return { ok: false, reason: "NOT_ZIP" };
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) return { ok: false, reason: "NOT_ZIP" };
    if (method === 8 && size > 0) {
      try {
        // One byte more than declared: if inflating reaches it, the header lied.
        const out = inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: size + 1 });
        if (out.length !== size) return { ok: false, reason: "TOO_LARGE" };
      } catch (error) {
        return { ok: false, reason: error instanceof RangeError ? "TOO_LARGE" : "NOT_ZIP" };
      }
    }
    names.push(name);
  }
  return { ok: true, names };
}
