import type { ElementHandle, Frame, Page } from 'playwright-core';
import type { CaseOutcome } from '../tests/properties/case-check';
import { NOTHING_FILLED } from '../tests/properties/frame-case';
import { chooseFrames } from '../lib/page/frame-choice';
import { frameFigures, judgeFrames, named, type JudgedPage } from '../tests/properties/frame-oracle';
import { frameSections, frameUrl, type TabFrame } from '../tests/properties/frame-render';
import type { FormCase, SectionSpec } from '../tests/properties/form-spec';
import type { AgentReply } from '../tests/properties/frame-agent';

interface TabMember {
  d: TabFrame;
  frame: Frame;
  url: string;
  sections: SectionSpec[];
}

/** What the tab's other documents report when the chosen one asks (page.exposeBinding calls this). */
let askOthers: (phase: string) => Promise<string[]> = () => Promise.resolve([]);
export const elsewhereBinding = (_source: unknown, phase: string): Promise<string[]> => askOthers(phase);

/** The iframe's document once it is the case's (a cross-origin one has navigated to the embed) and the agent is in it. */
async function loadedFrame(iframe: ElementHandle, kind: string): Promise<Frame> {
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error(`the ${kind} iframe has no frame`);
  await frame.waitForFunction(() => location.href !== 'about:blank' && document.readyState === 'complete' && typeof window.applyfillFuzzAgent === 'object', undefined, { timeout: 15_000 });
  return frame;
}

const unwrap = <T>(reply: AgentReply<T>): T => {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

/**
 * Fill's second look at one frame (lib/extension/tab-client.ts `lookAgain`; the top page can always be read here): a
 * frame not confirmed seen brings its first fillable field into the tab's view, the top page judges its iframes over
 * their whole extent, the frame says whether a person sees it now and keeps the page's covers for its fill. Then
 * every document scrolls back, so each look (and the fill after them) starts from the page as the case rendered it.
 */
async function secondLook(tab: readonly TabMember[], m: TabMember, unsure: boolean): Promise<JudgedPage['second']> {
  const top = tab[0]!.frame;
  if (unsure) await m.frame.evaluate(() => window.applyfillFuzzAgent.showField());
  const views = await top.evaluate(() => window.applyfillFuzzAgent.scan());
  const { seen } = await m.frame.evaluate((v) => window.applyfillFuzzAgent.seenNow(v), views);
  await Promise.all(tab.map((d) => d.frame.evaluate(() => window.applyfillFuzzAgent.scrollHome())));
  return seen;
}

/**
 * A case with several frames in Chromium, each frame's document in its own frame (`origin` 'cross': an ATS embed on
 * another site, which Chromium runs out of process as real embeds are; 'same': a srcdoc document). Each document
 * collects and measures itself as the content script does (frame-agent.ts); the frame choice is judged here
 * (frame-oracle.ts, after Fill's second look at each offered frame), the chosen form is filled and undone in its own
 * document, and every other document says what changed in it or what it heard.
 */
export async function runTabCase(page: Page, spec: FormCase): Promise<CaseOutcome> {
  const top = page.mainFrame();
  await top.evaluate((s) => window.applyfillFuzzAgent.renderTop(s), spec);
  const iframes = await page.$$('iframe');
  if (iframes.length !== spec.frames.length) throw new Error(`${iframes.length} iframes for ${spec.frames.length} frames`);
  const tab: TabMember[] = [{ d: { id: 0, kind: 'top', origin: 'same' }, frame: top, url: spec.url, sections: spec.sections }];
  for (const [i, f] of spec.frames.entries()) {
    tab.push({ d: { id: i + 1, kind: f.kind, origin: f.origin }, frame: await loadedFrame(iframes[i]!, f.kind), url: frameUrl(spec, f), sections: frameSections(spec, f) });
  }
  try {
    await Promise.all(tab.slice(1).map((m) => m.frame.evaluate((form) => window.applyfillFuzzAgent.renderFrame(form), { inForm: spec.inForm, sections: m.sections })));
    // The popup and the shortcut have the top page judge its iframes first and hand that to every frame's collect.
    const views = await top.evaluate(() => window.applyfillFuzzAgent.judge());
    const collected = await Promise.all(tab.map((m) => m.frame.evaluate((d) => window.applyfillFuzzAgent.collect(d), { ...m.d, url: m.url, views })));
    const places = await top.evaluate(() => window.applyfillFuzzAgent.places());
    const pages: (JudgedPage & { m: TabMember })[] = tab.map((m, i) => ({ m, d: m.d, ...collected[i]!, ...(i ? { place: places[i - 1]! } : {}) }));
    // The person may press Fill on any offered form: each frame among them gets Fill's second look.
    for (const p of chooseFrames(pages).usable) if (p.d.id) p.second = await secondLook(tab, p.m, p.frame.seen !== 'yes');
    const verdicts = judgeFrames(pages);
    const { choice, violations } = verdicts;
    // The shortcut fills the preferred form; the popup preselects it, and the person may pick another offered one.
    // A form the second look finds hidden is not filled: then every document must stay as it was.
    const picked = choice.usable.length ? choice.usable[spec.pick % choice.usable.length]! : null;
    const chosen = picked && picked.second !== 'no' ? picked.m : null;
    const others = tab.filter((m) => m !== chosen);
    await Promise.all(others.map((m) => m.frame.evaluate(() => window.applyfillFuzzAgent.keep())));
    const filled = chosen ? named(chosen.d) : 'no form';
    askOthers = async (phase) => (await Promise.all(others.map((m) => m.frame.evaluate(([p, n]) => window.applyfillFuzzAgent.changes(p, n), [phase, filled] as const)))).flat();
    if (!chosen) violations.push(...(await askOthers(picked ? 'refused at Fill' : 'no form offered')));
    const outcome = chosen ? await chosen.frame.evaluate((s) => window.applyfillFuzzAgent.fill(s), { ...spec, url: chosen.url, sections: chosen.sections }) : null;
    const frames = `frames: ${JSON.stringify(pages.map((p) => ({ doc: named(p.d), fields: p.fields.map((f) => `${f.kind}:${f.forbidden ?? 'fillable'}`), frame: p.frame, place: p.place })))}`;
    if (outcome && !outcome.ok) throw new Error(`${outcome.error}\n${violations.length ? `and the frame choice: ${violations.join('; ')}\n` : ''}${frames}`);
    if (violations.length) throw new Error(`${violations.length} violation(s):\n  ${violations.join('\n  ')}\n${frames}`);
    return { ...(outcome ? unwrap(outcome) : NOTHING_FILLED), frames: frameFigures(pages, verdicts, chosen?.d ?? null) };
  } finally {
    askOthers = () => Promise.resolve([]);
    await Promise.all(tab.map((m) => m.frame.evaluate(() => window.applyfillFuzzAgent.finish()).catch(() => undefined)));
  }
}
