/** One word of a text as written, with where it is, so a match can be shown and highlighted in the original. */
export interface Token {
  /** As written, case kept: "Kubernetes", "CI/CD", "Node.js". */
  surface: string;
  /** Lowercased, curly apostrophe straightened, a possessive "'s" dropped: "kubernetes", "ci/cd", "node.js". */
  norm: string;
  start: number;
  end: number;
}

// Letters and digits, joined by inner dots and apostrophes (node.js, asp.net, you'll), with a leading dot (.net)
// and trailing + or # (c++, c#). Hyphens always split: "peer-to-peer" and "peer to peer" must read the same, so
// hyphenated spellings are matched as phrases (tech-synonyms.ts), not as one token.
const WORD = /\.?[\p{L}\p{N}]+(?:[.'’/][\p{L}\p{N}]+)*[+#]*/gu;

// A slash usually separates two words ("Rust/Go", "and/or"); these slash-joined pairs are one idea each.
const SLASH_WORDS = new Set(['ci/cd', 'tcp/ip', 'i/o', 'ui/ux', 'a/b', 'pl/sql', 'http/2', 'http/3', '24/7']);

function normalize(surface: string): string {
  return surface.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

// Most words have no apostrophe: their lowercase is a slice of the text lowercased once, not a call per word.
const plainNorm = (lower: string, start: number, end: number, surface: string): string =>
  surface.includes("'") || surface.includes('’') ? normalize(surface) : lower.slice(start, end);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const whole = text.toLowerCase();
  // A few letters change length when lowercased ("İ"): then offsets differ and each word is lowercased alone.
  const lower = whole.length === text.length ? whole : undefined;
  for (const m of text.matchAll(WORD)) {
    const surface = m[0];
    const start = m.index;
    const norm = lower === undefined ? normalize(surface) : plainNorm(lower, start, start + surface.length, surface);
    if (!surface.includes('/') || SLASH_WORDS.has(norm)) {
      tokens.push({ surface, norm, start, end: start + surface.length });
      continue;
    }
    let offset = start;
    for (const part of surface.split('/')) {
      if (part) tokens.push({ surface: part, norm: normalize(part), start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
  }
  return tokens;
}
