import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { AtsAdapter, AtsId } from '../ats/ats-adapter';
import { ADAPTERS, adapterForHost } from '../ats/detect-ats';
import { postingNames } from './posting-names';

export type JobDescriptionResult =
  | { ok: true; title: string; company?: string; text: string; source: AtsId | 'readability' }
  | { ok: false; reason: 'not-a-posting' | 'too-short'; message: string };

// Below this a text is a teaser or a heading, not a description worth ranking bullets against.
const MIN_CHARS = 400;

// Never part of a description: the application form and everything that is not prose.
const NOT_PROSE = 'form, script, style, noscript, template, svg, button, input, select, textarea, iframe, [hidden], [aria-hidden=true], .eeoc__container, .last-section-apply';
const BLOCK = /^(p|div|section|article|header|footer|main|aside|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|blockquote|pre|hr|br)$/;

const ELEMENT = 1;
const TEXT = 3;

// Marks the end of a paragraph, heading or list while the text is assembled: it becomes one blank line.
const PARAGRAPH_END = '\u0001';

/** The visible prose of an element: paragraphs separated by a blank line, list items as "• " lines. */
function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) parts.push((node.textContent ?? '').replace(/\s+/g, ' '));
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (el.matches(NOT_PROSE)) return;
    const tag = el.tagName.toLowerCase();
    const block = BLOCK.test(tag);
    if (block) parts.push('\n');
    if (tag === 'li') parts.push('• ');
    el.childNodes.forEach(walk);
    if (block) parts.push(/^(p|h[1-6]|ul|ol|table|blockquote|pre)$/.test(tag) ? `\n${PARAGRAPH_END}\n` : '\n');
  };
  walk(root);
  // Markup indentation leaves whitespace-only lines everywhere; only the paragraph marks decide blank lines.
  const lines = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== '•');
  return lines
    .filter((line, i) => line !== PARAGRAPH_END || (i > 0 && lines[i - 1] !== PARAGRAPH_END))
    .map((line) => (line === PARAGRAPH_END ? '' : line))
    .join('\n')
    .trim();
}

const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content')?.trim() || undefined;
const textOf = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

// The ATSs' title selectors, on their own hosts and on company pages that reuse their markup.
const ATS_TITLES = ADAPTERS.map((a) => a.titleSelector).join(', ');

function postingTitle(doc: Document): string | undefined {
  return textOf(doc, ATS_TITLES) ?? meta(doc, 'og:title');
}

// The names a person uses (posting-names.ts); the classic board's "at Acme" line only when nothing better is found.
function postingCompany(doc: Document): string | undefined {
  const classic = textOf(doc, '.company-name')?.replace(/^at\s+/i, '') ?? '';
  return postingNames(doc, { company: classic, title: postingTitle(doc) ?? '' }).company || undefined;
}

// The ATS's own description container, read before Readability (which can take a form into the "article").
function fromContainer(doc: Document, adapter: AtsAdapter | null) {
  const root = adapter?.descriptionRoot(doc);
  return adapter && root ? { source: adapter.id, text: blockText(root) } : null;
}

function fromReadability(doc: Document) {
  // Readability rewrites the document it reads: give it a deep copy without the form, never the page itself.
  // The copy is imported into a fresh inert document rather than made with `doc.cloneNode(true)`: happy-dom
  // 21 breaks `Element.matches("li p")` inside a cloned document, which Readability calls.
  const copy = doc.implementation.createHTMLDocument('');
  copy.removeChild(copy.documentElement);
  copy.appendChild(copy.importNode(doc.documentElement, true));
  copy.querySelectorAll(NOT_PROSE).forEach((el) => el.remove());
  if (!isProbablyReaderable(copy)) return null;
  const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  if (!article?.content || article.content.nodeType !== ELEMENT) return null;
  return { source: 'readability' as const, text: blockText(article.content as Element), title: article.title ?? undefined, siteName: article.siteName ?? undefined };
}

// A page Readability can read is not necessarily a job ad: a posting talks about the role and what it asks.
const JOB_AD_CUES = /\b(responsibilit|requirement|qualification|experience|you will|you'll|what you|the role|this role|about you|who you are|looking for|nice to have|benefits|salary|apply)/gi;
const looksLikeJobAd = (text: string) => new Set((text.match(JOB_AD_CUES) ?? []).map((m) => m.toLowerCase())).size >= 2;

const notAPosting = (message: string): JobDescriptionResult => ({ ok: false, reason: 'not-a-posting', message });
const PASTE = 'This page does not look like a job posting. Paste the job description instead.';

/** The job description of a posting page, read from a copy of `doc`; the page itself is left untouched. */
export function extractJobDescription(doc: Document, url: string): JobDescriptionResult {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we understand: the page can still hold a description.
  }
  const adapter = parsed && adapterForHost(parsed);
  const container = fromContainer(doc, adapter);
  if (!container && parsed && adapter?.descriptionElsewhere && adapter.isForm(parsed)) return notAPosting(adapter.descriptionElsewhere);
  const found = container ?? fromReadability(doc);
  if (!found) return notAPosting(PASTE);
  if (found.text.length < MIN_CHARS) {
    return { ok: false, reason: 'too-short', message: `Only ${found.text.length} characters of description were found on this page. Paste the job description instead.` };
  }
  if (found.source === 'readability' && !looksLikeJobAd(found.text)) return notAPosting(PASTE);
  const title = postingTitle(doc) ?? ('title' in found ? found.title : undefined) ?? doc.title.trim();
  const company = postingCompany(doc) ?? ('siteName' in found ? found.siteName : undefined);
  return { ok: true, title, ...(company ? { company } : {}), text: found.text, source: found.source };
}
