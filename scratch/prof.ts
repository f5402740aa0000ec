import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { collectFields } from '/work/i9/lib/fields/collect-fields';
import { hiddenByStyle, styleCache } from '/work/i9/lib/fields/hiding-styles';
import { isHoneypotLike } from '/work/i9/lib/fields/visibility';
const html = readFileSync('/work/i9/tests/fixtures/pages/lever-apply.html', 'utf8');
const w = new Window({ url: 'https://jobs.lever.co/a/b/apply', settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
const doc = w.document as unknown as Document;
doc.write(html);
collectFields(doc);
let t = performance.now();
for (let i = 0; i < 5; i++) collectFields(doc);
console.log('collect ms', (performance.now() - t) / 5);
const els = Array.from(doc.querySelectorAll('input,select,textarea'));
t = performance.now();
for (let i = 0; i < 5; i++) { const s = styleCache(); for (const e of els) hiddenByStyle(e, s); }
console.log('hiddenByStyle ms', (performance.now() - t) / 5, els.length);
t = performance.now();
for (let i = 0; i < 5; i++) { const s = styleCache(); for (const e of els) isHoneypotLike(e, s); }
console.log('honeypot ms', (performance.now() - t) / 5);
t = performance.now();
for (let i = 0; i < 5; i++) { for (const e of els) { for (let n: Element|null = e; n; n = n.parentElement) w.getComputedStyle(n as any); } }
console.log('raw gcs walk ms', (performance.now() - t) / 5);
t = performance.now();
for (let i = 0; i < 5; i++) { for (const e of els) { for (let n: Element|null = e; n; n = n.parentElement) { const s = w.getComputedStyle(n as any); s.display; } } }
console.log('1 prop walk ms', (performance.now() - t) / 5);
t = performance.now();
for (let i = 0; i < 5; i++) { for (const e of els) { for (let n: Element|null = e; n; n = n.parentElement) { const s = w.getComputedStyle(n as any); s.display; s.opacity; s.position; s.filter; s.clipPath; } } }
console.log('5 prop walk ms', (performance.now() - t) / 5);
