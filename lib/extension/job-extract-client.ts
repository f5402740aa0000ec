import { browser } from 'wxt/browser';
import type { JobDescriptionResult } from '../page/job-description';

/**
 * Read the job description from the tab by injecting the extractor into its top frame. Only pages the extension
 * has host access to (the ATS hosts) can be read; anywhere else the user pastes the description instead.
 */
export async function extractJobFromTab(tabId: number): Promise<JobDescriptionResult> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/job-extractor.js'] });
    const value = result?.result as JobDescriptionResult | undefined;
    return value ?? { ok: false, reason: 'not-a-posting', message: 'The page gave no answer; paste the description instead.' };
  } catch (error) {
    return { ok: false, reason: 'not-a-posting', message: `This page cannot be read (${(error as Error).message}); paste the description instead.` };
  }
}
