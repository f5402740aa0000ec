import { TailorPanel } from '../../components/tailor/tailor-panel';
import { useTailoring } from './use-tailoring';

export type TailorInputs = Parameters<typeof useTailoring>[0];

/**
 * The Tailor tab with its state. A chunk of its own, loaded when the tab first opens (popup-app.tsx): the ranking,
 * its vocabularies and the extractor client are not needed to review and fill, nor for the popup's first paint.
 */
export function TailorTab(props: TailorInputs) {
  const tailor = useTailoring(props);
  return <TailorPanel data={tailor.data} actions={tailor.actions} />;
}
