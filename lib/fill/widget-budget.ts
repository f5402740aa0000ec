import type { ComboboxTiming } from './fill-combobox';

/**
 * Widgets on one page share one script: once a widget has proved dead (a saved page, a script that failed to
 * load), the others are given only a short look, so a page of dead react-selects costs well under a second.
 */
export function widgetBudget(timing: ComboboxTiming) {
  let dead = false;
  return {
    timing: (): ComboboxTiming => (dead ? { openMs: Math.min(timing.openMs, 40), searchMs: timing.searchMs } : timing),
    sawDead: () => {
      dead = true;
    },
  };
}

export type WidgetBudget = ReturnType<typeof widgetBudget>;
