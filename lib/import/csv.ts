// CSV as Vietnamese offices produce it: UTF-8 with or without BOM, comma or semicolon (Excel in
// a locale with decimal commas writes semicolons), quotes per RFC 4180, CRLF or LF.
const BOM = "\uFEFF";

/** The delimiter of the first line that has one, counted outside quotes. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text.slice(0, 64 * 1024)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === "\n" && commas + semicolons > 0) break;
  }
  return semicolons > commas ? ";" : ",";
}

/** Parses the whole text into rows of cells; stops early with `truncated` past `maxRows`. */
export function parseCsv(input: string, maxRows = Infinity): { rows: string[][]; truncated: boolean } {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const endRow = () => {
    row.push(cell);
    cell = "";
    // Blank lines stay as rows so row numbers match what a spreadsheet shows.
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === "") quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      endRow();
      i++;
    } else if (ch === "\n" || ch === "\r") endRow();
    else cell += ch;
    i++;
    if (rows.length > maxRows) return { rows: rows.slice(0, maxRows), truncated: true };
  }
  if (cell !== "" || row.length > 0) endRow();
  return { rows, truncated: false };
}
