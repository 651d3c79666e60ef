// How a generated file reaches the browser: its media type and a download name that survives
// every browser (ASCII) and keeps the Vietnamese where the browser supports RFC 5987.

export const DOWNLOAD_FORMATS = ["csv", "xlsx", "pdf"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

export type DownloadName = { ascii: string; utf8: string };

/** "Danh sách đại biểu Tân Uyên 2020" → "danh-sach-dai-bieu-tan-uyen-2020.xlsx", and the name as written. */
export function downloadName(base: string, format: string): DownloadName {
  const nfc = base.normalize("NFC");
  const ascii = nfc.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return { ascii: `${ascii}.${format}`, utf8: `${nfc.replace(/[\\/:*?"<>|\r\n]+/g, " ")}.${format}` };
}

export function contentDisposition(name: DownloadName): string {
  return `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`;
}
