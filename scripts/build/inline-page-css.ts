import type { Plugin } from 'vite';

/**
 * Put the stylesheet of the given HTML entrypoints into the page itself (`<style>`), so its first paint waits for
 * no file: a `<link rel="stylesheet">` blocks rendering until the extension has served it. Used for the popup,
 * whose static shell (entrypoints/popup/index.html) should show as soon as the HTML is parsed. Extension pages may
 * hold inline styles (their CSP restricts scripts, not styles).
 */
export function inlinePageCss(entrypoints: readonly string[]): Plugin {
  return {
    name: 'applyfill:inline-page-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const { bundle } = ctx;
        if (!bundle || !entrypoints.some((e) => ctx.filename.endsWith(e))) return html;
        return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return tag;
          // Only this page uses its stylesheet: the file itself is left out of the build.
          delete bundle[file];
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}
