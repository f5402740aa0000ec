import { noChoices, pickBullet, type TailoringChoices } from './bullet-choices';
import type { RankedBullet } from './bullet-ranking';

/**
 * A starting choice for a job the user has not tailored yet: per position, its best-matching bullets in score
 * order, at most `perPosition`, only those that match the job at all. The user edits from there.
 */
export function suggestChoices(ranked: readonly RankedBullet[], perPosition = 3): TailoringChoices {
  let choices = noChoices();
  const counts = new Map<string, number>();
  for (const bullet of ranked) {
    const n = counts.get(bullet.positionKey) ?? 0;
    if (bullet.score <= 0 || n >= perPosition) continue;
    counts.set(bullet.positionKey, n + 1);
    choices = pickBullet(choices, bullet);
  }
  return choices;
}
