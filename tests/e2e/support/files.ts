// Reading what the app hands out: XLSX through exceljs, CSV by hand, PDF text through pdfjs-dist.
import { readCsv, readXlsx } from "../../support/roster-files";

export async function xlsxRows(bytes: Buffer): Promise<string[][]> {
  return (await readXlsx(new Uint8Array(bytes))).rows;
}

export const csvRows = readCsv;

/** Text of every page; pdfjs-dist 6 needs Promise.withResolvers, which Node 20 lacks. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const P = Promise as unknown as { withResolvers?: () => unknown };
  P.withResolvers ??= function <T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((a, b) => ((resolve = a), (reject = b)));
    return { promise, resolve, reject };
  };
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    parts.push(content.items.map((i) => ("str" in i ? i.str : "")).join(" "));
  }
  return { pages: doc.numPages, text: parts.join("\n") };
}
