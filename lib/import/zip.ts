// Looks inside an .xlsx (a zip) before a parser sees it: reads the central directory, caps the
// number of entries and the unzipped size, then inflates each entry as a stream that is counted
// and thrown away, stopped one byte past the declared size, so a header that lies about its size
// cannot turn a small upload into gigabytes (zip bomb), and checking holds no inflated bytes.
import { createInflateRaw, inflateRawSync } from "node:zlib";

export const ZIP_LIMITS = { maxEntries: 2000, maxEntryBytes: 60 * 1024 * 1024, maxTotalBytes: 120 * 1024 * 1024 };

/** Entries up to this size are inflated in one synchronous call: faster than a stream's round trips, and the memory is small. */
export const SMALL_ENTRY_BYTES = 8 * 1024 * 1024;

/** An entry whose sizes were checked: `data` is its compressed bytes (a view, not a copy). */
export type ZipEntry = { name: string; method: 0 | 8; size: number; data: Buffer };
export type ZipCheck = { ok: true; names: string[]; entries: ZipEntry[] } | { ok: false; reason: "NOT_ZIP" | "TOO_LARGE" | "UNSUPPORTED" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The inflated size, or "TOO_LARGE" as soon as it passes `limit` (a large entry is counted chunk by chunk, never held). */
async function inflatedSize(data: Buffer, limit: number): Promise<number | "TOO_LARGE" | "NOT_ZIP"> {
  if (limit < SMALL_ENTRY_BYTES) {
    try {
      return inflateRawSync(data, { maxOutputLength: limit + 1 }).length;
    } catch (error) {
      return error instanceof RangeError ? "TOO_LARGE" : "NOT_ZIP";
    }
  }
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve("TOO_LARGE");
      }
    });
    inflate.on("end", () => resolve(total));
    inflate.on("error", () => resolve("NOT_ZIP"));
    inflate.end(data);
  });
}

export async function inspectZip(input: Uint8Array, limits = ZIP_LIMITS): Promise<ZipCheck> {
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
  const entries: ZipEntry[] = [];
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
    const data = buf.subarray(start, start + compressed);
    if (method === 0 && compressed !== size) return { ok: false, reason: "NOT_ZIP" };
    if (method === 8 && size > 0) {
      // One byte more than declared: if inflating reaches it, the header lied.
      const inflated = await inflatedSize(data, size);
      if (inflated !== size) return { ok: false, reason: inflated === "NOT_ZIP" ? "NOT_ZIP" : "TOO_LARGE" };
    }
    entries.push({ name, method, size, data });
  }
  return { ok: true, names: entries.map((e) => e.name), entries };
}
