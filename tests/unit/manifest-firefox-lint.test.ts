// @vitest-environment node
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/repo-path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const FIREFOX_BUILD = repoPath('.output/firefox-mv3');
const WEB_EXT = repoPath('node_modules/web-ext/bin/web-ext.js');

/** `web-ext lint` as AMO runs it on upload (addons-linter, offline), on the build `npm test` makes. */
async function lintFirefoxBuild(): Promise<LintReport> {
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) throw new Error('no Firefox build: run `npm run build:firefox` first');
  const run = promisify(execFile);
  // web-ext exits 1 when it finds errors; the JSON report is on stdout either way. NO_UPDATE_NOTIFIER keeps it
  // from asking the npm registry for a newer web-ext: the test makes no request.
  const { stdout } = await run(process.execPath, [WEB_EXT, 'lint', '--source-dir', FIREFOX_BUILD, '--output=json', '--no-config-discovery'], {
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as LintReport;
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors (the warnings are listed, not hidden)', async () => {
    const report = await lintFirefoxBuild();
    const line = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
    console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
    for (const w of report.warnings) console.log(`  warning ${line(w)}`);
    expect(report.errors.map(line)).toEqual([]);
    // The manifest itself is clean: what warnings remain come from bundled library code (zod's eval probe,
    // Preact's innerHTML), never from the gecko settings or a missing data-collection declaration.
    expect(report.warnings.filter((w) => w.file === 'manifest.json').map(line)).toEqual([]);
  }, 30_000);
});
