/**
 * Complete what people type for a web address: `linkedin.com/in/x` → `https://linkedin.com/in/x`. Only a bare
 * host (with a dot, no spaces) is completed; anything else is left as typed, for the schema to judge.
 */
export function completeUrl(input: string): string {
  const text = input.trim();
  if (!text || /^https?:\/\//i.test(text)) return text;
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(text) && !/\s/.test(text)) return `https://${text.replace(/^\/+/, '')}`;
  return text;
}
