import { storage } from 'wxt/utils/storage';
import type { FillReport } from '../fill/fill-report';

/** The last fill's full report, so the popup can show it again and the demo can print it. */
export const lastReportItem = storage.defineItem<FillReport | null>('local:lastFillReport', { fallback: null });
