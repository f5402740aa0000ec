/**
 * `npm run build:fixtures`: builds the React Greenhouse board fixture (tests/fixtures/react-board) into
 *   tests/fixtures/built/greenhouse-react-board.html         one self-contained page, bundle inlined, rendered on load
 *   tests/fixtures/built/greenhouse-react-board.static.html  the same page's markup from renderToString, no script
 * Both use real React + react-select, so the widgets and the DOM are the live board's. Fast and idempotent: files
 * are rewritten only when their content changes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BOARD_DIR = join(ROOT, 'tests/fixtures/react-board');
export const BUILT_DIR = join(ROOT, 'tests/fixtures/built');
export const REACT_BOARD_PAGE = join(BUILT_DIR, 'greenhouse-react-board.html');
export const REACT_BOARD_STATIC_PAGE = join(BUILT_DIR, 'greenhouse-react-board.static.html');
// Ashby and Workable pages share one widget script (tests/fixtures/boards/board-widgets.js), inlined at build.
const BOARDS_DIR = join(ROOT, 'tests/fixtures/boards');
const BOARD_PAGES = ['ashby-application.html', 'workable-apply.html'];

export const REACT_BUILD: BuildOptions = {
  bundle: true,
  write: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  jsx: 'automatic',
  jsxImportSource: 'react',
  // The repo's tsconfig says jsxImportSource "preact" (for the extension); the board is plain React.
  tsconfigRaw: { compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'react' } },
  define: { 'process.env.NODE_ENV': '"production"' },
  absWorkingDir: ROOT,
};

// A trimmed version of the board's look: enough for screenshots and for real visibility (the file inputs are
// visually hidden the way the live board hides them, the requiredInput decoys are transparent).
const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#262626;background:#fff;font-size:16px}
.main{max-width:760px;margin:0 auto;padding:32px 24px 64px}
.logo__text{font-weight:700;font-size:22px;color:#7759c2;text-decoration:none}
.job__header{display:flex;justify-content:space-between;align-items:flex-start;margin:24px 0}
.section-header{margin:0 0 8px}.section-header--large{font-size:32px}
.job__location{display:flex;gap:6px;align-items:center;color:#555}
.job__description{line-height:1.55}
.divider{border-top:1px solid #ddd;margin:32px 0}
.btn{font:inherit;cursor:pointer;border:1px solid #a989f5;background:#a989f5;color:#fff;padding:8px 20px}
.btn--pill{border-radius:999px}
.secondary-button .btn{background:#fff;color:#262626;border-color:#bbb}
.application--header--required{display:flex;gap:4px;color:#666;font-size:14px}
.application--header--required p{margin:0}
.field-wrapper{margin:20px 0}
.label{display:block;font-weight:500;margin-bottom:6px;font-size:15px}
.label span[aria-hidden="true"],.upload-label .required{color:#c00;margin-left:2px}
.input{width:100%;font:inherit;padding:10px 12px;border:1px solid #bbb;border-radius:6px}
.input__multi-line{min-height:96px;resize:vertical}
.select-shell{position:relative}
.phone-input{border:0;padding:0;margin:20px 0;display:grid;grid-template-columns:220px 1fr;gap:12px}
.icon-button{border:0;background:none;cursor:pointer;padding:4px 8px;display:flex;align-items:center}
.button-container{display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.file-upload__filetypes{color:#666;font-size:13px;margin:0}
.file-upload__chip{display:inline-flex;align-items:center;gap:6px;margin:6px 0;padding:4px 10px;border-radius:999px;background:#eef2fb;font-size:14px}
.question-description p{margin:6px 0 0;color:#666;font-size:14px}
.eeoc__question__wrapper{margin:16px 0}
.application--submit{margin-top:32px}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;padding:0!important;margin:-1px!important;overflow:hidden!important;clip:rect(0,0,0,0)!important;white-space:nowrap!important;border:0!important}
`;

function page(opts: { body: string; script?: string }): string {
  const script = opts.script ? `<script>${opts.script.replace(/<\/script/gi, '<\\/script')}</script>` : '';
  return [
    '<!doctype html>',
    '<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">',
    '<link rel="canonical" href="https://job-boards.greenhouse.io/acme/jobs/456">',
    '<title>Job Application for Senior Backend Engineer, Fleet Telemetry at Acme</title>',
    `<style>${CSS.trim()}</style>`,
    '</head><body style="--custom-link-color:#7759C2;--custom-button-color:#A989F5">',
    '<div id="react-portal-mount-point"></div>',
    `<div id="root">${opts.body}</div>`,
    script,
    '<footer class="footer" dir="ltr"><div class="footer-row"><p class="body">Powered by Greenhouse (fixture)</p></div></footer>',
    '</body></html>',
    '',
  ].join('\n');
}

function writeIfChanged(file: string, content: string): boolean {
  if (existsSync(file) && readFileSync(file, 'utf8') === content) return false;
  writeFileSync(file, content);
  return true;
}

/** The server bundle is CommonJS (react-dom/server needs Node built-ins); load it from a throwaway file. */
function renderStatic(code: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'applyfill-fixtures-'));
  try {
    const file = join(dir, 'server.cjs');
    writeFileSync(file, code);
    const mod = createRequire(import.meta.url)(file) as { renderBoard: () => string };
    return mod.renderBoard();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function buildFixtures(): Promise<{ page: string; staticPage: string; changed: string[] }> {
  const [client, server] = await Promise.all([
    build({ ...REACT_BUILD, entryPoints: [join(BOARD_DIR, 'client.tsx')], platform: 'browser', format: 'iife', target: 'chrome120' }),
    build({ ...REACT_BUILD, entryPoints: [join(BOARD_DIR, 'server.tsx')], platform: 'node', format: 'cjs', target: 'node20' }),
  ]);
  const clientCode = client.outputFiles?.[0]?.text;
  const serverCode = server.outputFiles?.[0]?.text;
  if (!clientCode || !serverCode) throw new Error('esbuild produced no output for the React board');
  const markup = renderStatic(serverCode);

  mkdirSync(BUILT_DIR, { recursive: true });
  const changed: string[] = [];
  if (writeIfChanged(REACT_BOARD_PAGE, page({ body: '', script: clientCode }))) changed.push(REACT_BOARD_PAGE);
  if (writeIfChanged(REACT_BOARD_STATIC_PAGE, page({ body: markup }))) changed.push(REACT_BOARD_STATIC_PAGE);
  const widgets = readFileSync(join(BOARDS_DIR, 'board-widgets.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
  for (const name of BOARD_PAGES) {
    const source = readFileSync(join(BOARDS_DIR, name), 'utf8');
    const out = join(BUILT_DIR, name);
    if (writeIfChanged(out, source.replace('<script data-board-widgets></script>', () => `<script>${widgets}</script>`))) changed.push(out);
  }
  return { page: REACT_BOARD_PAGE, staticPage: REACT_BOARD_STATIC_PAGE, changed };
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const started = performance.now();
  buildFixtures()
    .then(({ page: built, staticPage, changed }) => {
      const ms = Math.round(performance.now() - started);
      console.log(`fixtures: ${built}\n          ${staticPage}\n          ${changed.length ? `${changed.length} written` : 'unchanged'} in ${ms} ms`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    });
}
