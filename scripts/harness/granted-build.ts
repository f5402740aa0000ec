import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './chromium';

/**
 * A copy of the built extension whose manifest also grants `hosts` (match patterns). A person gives the extension
 * access to the tab's own site by clicking its toolbar button or pressing its shortcut (the `activeTab`
 * permission); a test cannot click the toolbar, so this copy is granted the test page's site at install instead.
 * Everything else in it is the build itself. `remove()` deletes the copy.
 */
export function buildGranting(hosts: readonly string[], from: string = EXTENSION_DIR): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'applyfill-granted-'));
  cpSync(from, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts];
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
