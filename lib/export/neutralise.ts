// Spreadsheet formula injection: a cell that starts with = + - @, a tab or a carriage return
// may run as a formula when the file is opened in Excel. Every export format prefixes such a
// cell with an apostrophe, so it reads as text.
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return DANGEROUS_START.test(value) ? `'${value}` : value;
}
