import { bulletText, isChosen, type TailoringChoices } from './bullet-choices';
import type { Ranking, RankedBullet } from './bullet-ranking';
import type { ProfilePosition } from './profile-bullets';

/** One bullet as the popup shows it: its text for this job, whether it is picked, and what it matched. */
export interface TailorBullet {
  id: string;
  positionKey: string;
  text: string;
  edited: boolean;
  chosen: boolean;
  /** 1-based place among the chosen, or 0. */
  order: number;
  score: number;
  matched: string[];
}

export interface TailorPosition {
  key: string;
  label: string;
  best: number;
  bullets: TailorBullet[];
}

/**
 * Positions ordered by their best-matching bullet; within each, the chosen bullets in the user's order, then the
 * rest by score. Positions matching nothing keep the profile's order at the end.
 */
export function tailorPositions(positions: readonly ProfilePosition[], ranking: Ranking, choices: TailoringChoices): TailorPosition[] {
  const ranked = new Map<string, RankedBullet>(ranking.bullets.map((b) => [b.id, b]));
  const rows = positions.map((position) => {
    const chosenIds = choices.positions[position.key]?.chosen ?? [];
    const bullets = position.bullets.map((b): TailorBullet => {
      const r = ranked.get(b.id);
      const text = bulletText(choices, b);
      return {
        id: b.id,
        positionKey: b.positionKey,
        text,
        edited: text !== b.text,
        chosen: isChosen(choices, b),
        order: chosenIds.indexOf(b.id) + 1,
        score: r?.score ?? 0,
        matched: r?.matched ?? [],
      };
    });
    bullets.sort((a, b) => (a.chosen && b.chosen ? a.order - b.order : a.chosen ? -1 : b.chosen ? 1 : b.score - a.score));
    return { key: position.key, label: position.label, best: Math.max(0, ...bullets.map((b) => b.score)), bullets };
  });
  return rows.sort((a, b) => b.best - a.best);
}
