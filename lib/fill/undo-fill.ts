import { readCurrentValue } from '../fields/current-value';
import { matchOption } from '../plan/option-match';
import { fillCombobox, clearCombobox, type Wait } from './fill-combobox';
import { restoreFiles } from './fill-file';
import type { FieldSnapshot } from './field-snapshot';
import { fire, setNativeValue, typeValue } from './dispatch-events';
import { restoreAnswer } from './press-button';

/** Put every touched control back as the snapshot recorded it; returns the ids it could not restore exactly. */
export async function undoFill(
  snapshots: readonly FieldSnapshot[],
  elements: ReadonlyMap<string, Element[]>,
  wait: Wait,
): Promise<string[]> {
  const failed: string[] = [];
  for (const snap of [...snapshots].reverse()) {
    const els = elements.get(snap.fieldId);
    if (!els?.every((el) => el.isConnected)) {
      failed.push(snap.fieldId);
      continue;
    }
    const inputs = els as HTMLInputElement[];
    switch (snap.kind) {
      case 'text':
      case 'textarea':
      case 'autocomplete':
        typeValue(inputs[0]!, snap.values[0] ?? '');
        break;
      case 'select':
        setNativeValue(inputs[0]!, snap.values[0] ?? '');
        fire(inputs[0]!, 'input');
        fire(inputs[0]!, 'change');
        break;
      case 'radio-group':
      case 'checkbox-group':
      case 'checkbox':
        inputs.forEach((el, i) => {
          if (el.checked !== snap.checked[i]) {
            el.checked = snap.checked[i] ?? false;
            fire(el, 'input');
            fire(el, 'change');
          }
        });
        break;
      case 'button-group':
        restoreAnswer(els as HTMLElement[], snap.shown);
        break;
      case 'file':
        restoreFiles(inputs[0]!, snap.files);
        break;
      case 'combobox':
        if (snap.shown) await fillCombobox(inputs[0]!, { typed: snap.shown, match: (options) => matchOption(options, [snap.shown]) }, wait);
        else await clearCombobox(inputs[0]!, wait);
        break;
    }
    if (readCurrentValue(snap.kind, els) !== snap.shown) failed.push(snap.fieldId);
  }
  return failed;
}
