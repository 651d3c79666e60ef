// What an uploaded attachment may be: a real .docx, .pdf or .xlsx up to 20 MB. The type is read
// from the file's first bytes and its ZIP entries, never trusted from the name or the browser.

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export const FILE_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type FileKind = keyof typeof FILE_TYPES;

/** The `accept` list for the file input. */
export const ACCEPT = [".docx", ".pdf", ".xlsx", ...Object.values(FILE_TYPES)].join(",");

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/** Names of the entries in a ZIP archive, read from its central directory at the end. */
function zipEntryNames(bytes: Uint8Array, limit = 5000): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = Math.min(view.getUint16(eocd + 10, true), limit);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count && offset + 46 <= bytes.length && view.getUint32(offset, true) === 0x02014b50; n++) {
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** The kind of an Office Open XML or PDF file, or null when it is none of those. */
export function detectFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, PDF)) return "pdf";
  if (!startsWith(bytes, ZIP)) return null;
  const names = zipEntryNames(bytes);
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((n) => n.startsWith("word/"))) return "docx";
  if (names.some((n) => n.startsWith("xl/"))) return "xlsx";
  return null;
}

export type FileCheck = { ok: true; kind: FileKind; contentType: string } | { ok: false; code: "FILE_EMPTY" | "FILE_TOO_LARGE" | "FILE_TYPE" };

/** Accepts a file only when its bytes are what its extension says, within the size limit. */
export function checkUpload(fileName: string, bytes: Uint8Array): FileCheck {
  if (bytes.length === 0) return { ok: false, code: "FILE_EMPTY" };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, code: "FILE_TOO_LARGE" };
  const kind = detectFileKind(bytes);
  const extension = fileName.toLowerCase().split(".").pop();
  if (!kind || extension !== kind) return { ok: false, code: "FILE_TYPE" };
  return { ok: true, kind, contentType: FILE_TYPES[kind] };
}

/**
 * A file name safe to store and to send back: no folders, control or reserved characters, NFC,
 * at most 150 characters with the extension kept.
 */
export function sanitizeFileName(name: string, fallbackExtension = "bin"): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"*:<>?|;]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const dot = cleaned.lastIndexOf(".");
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 140).trim() || "tep";
  const ext = (dot > 0 ? cleaned.slice(dot + 1) : fallbackExtension).toLowerCase().slice(0, 8) || fallbackExtension;
  return `${stem}.${ext}`;
}

/** Content-Disposition for a download: an ASCII fallback and the UTF-8 name (RFC 6266/5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
