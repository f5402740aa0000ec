import type { TailorPosition } from '../../lib/tailor/tailor-view';
import { useRovingRows } from '../roving-rows';
import { BulletRow, type BulletActions } from './bullet-row';

/** One position of the profile with its bullets ranked for this job, and a copy of its chosen bullets. */
export function PositionCard({ position, actions, onCopy }: { position: TailorPosition; actions: BulletActions; onCopy: () => void }) {
  const chosen = position.bullets.filter((b) => b.chosen).length;
  // The bullets are one tab stop; Up/Down move between them (components/roving-rows.ts).
  const list = useRovingRows<HTMLUListElement>('.bullet');
  return (
    <section class="position" data-position-key={position.key} aria-label={position.label}>
      <div class="position-head">
        <h2>{position.label}</h2>
        <button type="button" class="copy-position" disabled={!chosen} onClick={onCopy} aria-label={`Copy ${chosen} chosen bullets of ${position.label}`}>
          Copy {chosen}
        </button>
      </div>
      <ul class="bullets" ref={list} aria-label={`Bullets of ${position.label}: Up and Down move between them`}>
        {position.bullets.map((b) => (
          <BulletRow key={b.id} bullet={b} chosenCount={chosen} actions={actions} />
        ))}
      </ul>
    </section>
  );
}
