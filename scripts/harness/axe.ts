import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the page as it stands, one line each: rule, where, and why. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugger protocol, so an extension page's CSP (script-src 'self') does not apply.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    const axe = (window as unknown as { axe: { run(c: Document): Promise<{ violations: { id: string; nodes: Node[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
  });
}
