/**
 * Stands in for WXT's `ContentScriptContext` in the content-script build (wxt.config.ts aliases
 * `wxt/utils/content-script-context` here). WXT's own dispatches `<extension id>:content:wxt:content-script-started`
 * on the page's `document` when it starts, an event any page script can listen for: a sign that Applyfill is
 * installed. Nothing here touches the page. WXT's entry wrapper only constructs the context and Applyfill's content
 * script uses none of its helpers, so the constructor is all it needs.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
