/**
 * Stands in for WXT's `ContentScriptContext` in the content-script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's own dispatches `<extension id>:content:wxt:content-script-started`
 * on the page's `document` when it starts, an event any page script can listen for: a sign that Applyfill is
 * installed. Nothing here touches the page. Applyfill's content script uses no context helper; this keeps the
 * constructor WXT's entry wrapper calls, and the abort signal in case one is ever wanted.
 */
export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isValid(): boolean {
    return !this.controller.signal.aborted;
  }

  onInvalidated(listener: () => void): () => void {
    this.controller.signal.addEventListener('abort', listener);
    return () => this.controller.signal.removeEventListener('abort', listener);
  }
}
