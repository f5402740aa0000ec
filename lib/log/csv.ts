// RFC 4180: fields separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF is
// enclosed in double quotes, with each double quote inside doubled. Text is UTF-8 (the download says so).

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR before one) as a formula. Company names and
 * titles come from job pages, which anyone can write, so such a cell gets a leading apostrophe, the usual guard
 * (OWASP "CSV injection"); the JSON export keeps the text exactly.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and the records, CRLF after each record (the RFC's last line break is optional; we write it). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Read RFC 4180 text back into rows: how the tests check that what was written reads back the same. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}
