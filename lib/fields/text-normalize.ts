/** Collapses whitespace and strips required-markers ("*", "✱") that pages append to labels. */
export function cleanLabel(raw: string): string {
  return raw
    .replace(/[✱*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case, accent-free, punctuation-free form used to compare option texts. */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
