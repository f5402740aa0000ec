import type { PopupTab } from '../../lib/popup/popup-state';

const LABELS: Record<PopupTab, string> = { review: 'Review & fill', tailor: 'Tailor' };

/**
 * WAI-ARIA tabs: one tab stop (the selected tab); Left/Right, Home/End move to and show another tab.
 * https://www.w3.org/WAI/ARIA/apg/patterns/tabs/
 */
export function PopupTabs({ tabs, tab, onTab }: { tabs: readonly PopupTab[]; tab: PopupTab; onTab: (t: PopupTab) => void }) {
  const go = (from: HTMLElement, index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length]!;
    onTab(next);
    // The tab exists already (only its selection changes): focus it now, so the keyboard stays on the tabs.
    (from.parentElement?.querySelector(`#tab-${next}`) as HTMLElement | null)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.indexOf(tab);
    const keys: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 };
    if (!(e.key in keys)) return;
    e.preventDefault();
    go(e.currentTarget as HTMLElement, keys[e.key]!);
  };
  return (
    <div role="tablist" aria-label="Popup views" class="tabs">
      {tabs.map((id) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          onClick={() => onTab(id)}
          onKeyDown={onKeyDown}
        >
          {LABELS[id]}
        </button>
      ))}
    </div>
  );
}
