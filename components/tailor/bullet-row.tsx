import { useState } from 'preact/hooks';
import type { TailorBullet } from '../../lib/tailor/tailor-view';

export interface BulletActions {
  toggle: (bullet: TailorBullet) => void;
  move: (bullet: TailorBullet, delta: -1 | 1) => void;
  edit: (bullet: TailorBullet, text: string) => void;
  copyBullet: (bullet: TailorBullet) => void;
}

/** Pick, reorder, reword and copy one bullet; the terms it shares with the job are listed under it. */
export function BulletRow({ bullet, chosenCount, actions }: { bullet: TailorBullet; chosenCount: number; actions: BulletActions }) {
  const [editing, setEditing] = useState(false);
  const short = bullet.text.length > 48 ? `${bullet.text.slice(0, 48)}…` : bullet.text;
  return (
    <li class={bullet.chosen ? 'bullet chosen' : 'bullet'} data-bullet-id={bullet.id}>
      <div class="bullet-main">
        <input type="checkbox" checked={bullet.chosen} aria-label={`Use “${short}”`} onChange={() => actions.toggle(bullet)} />
        {editing ? (
          <textarea
            rows={3}
            value={bullet.text}
            aria-label={`Wording of “${short}”`}
            onInput={(e) => actions.edit(bullet, e.currentTarget.value)}
            onBlur={() => setEditing(false)}
          />
        ) : (
          <span class="bullet-text">{bullet.text}</span>
        )}
        <span class="score" title="How well this bullet matches the job">
          {bullet.score.toFixed(1)}
        </span>
      </div>
      {bullet.matched.length > 0 && <p class="matched">matches: {bullet.matched.join(', ')}</p>}
      <div class="bullet-actions">
        {bullet.chosen && (
          <>
            <button type="button" aria-label={`Move up “${short}”`} disabled={bullet.order <= 1} onClick={() => actions.move(bullet, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move down “${short}”`} disabled={bullet.order >= chosenCount} onClick={() => actions.move(bullet, 1)}>
              ↓
            </button>
          </>
        )}
        <button type="button" aria-label={`Edit${bullet.edited ? 'ed' : ''} “${short}”`} aria-pressed={editing} onClick={() => setEditing(!editing)}>
          Edit{bullet.edited ? 'ed' : ''}
        </button>
        <button type="button" class="copy-bullet" aria-label={`Copy “${short}”`} onClick={() => actions.copyBullet(bullet)}>
          Copy
        </button>
      </div>
    </li>
  );
}
