import { Window } from 'happy-dom';

/** A fresh happy-dom document holding `html`, at `url`; scripts in it do not run. */
export function documentFrom(html: string, url = 'https://example.test/form'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  window.document.write(html.includes('<html') ? html : `<!doctype html><html><body>${html}</body></html>`);
  return window.document as unknown as Document;
}
