import { bulletText, type TailoringChoices } from './bullet-choices';
import type { PositionHeading, ProfilePosition } from './profile-bullets';

export interface TailoredBullet {
  id: string;
  text: string;
  edited: boolean;
}

export interface TailoredSection {
  positionKey: string;
  label: string;
  heading: PositionHeading;
  bullets: TailoredBullet[];
}

/**
 * The chosen bullets per position, in the user's order and wording; positions in the profile's order, those
 * with nothing chosen left out. Ids that no longer name a bullet (the profile changed since) are skipped.
 */
export function tailoredSections(positions: readonly ProfilePosition[], choices: TailoringChoices): TailoredSection[] {
  return positions.flatMap((position) => {
    const chosen = choices.positions[position.key]?.chosen ?? [];
    const bullets = chosen.flatMap((id) => {
      const bullet = position.bullets.find((b) => b.id === id);
      if (!bullet) return [];
      const text = bulletText(choices, bullet);
      return [{ id, text, edited: text !== bullet.text }];
    });
    return bullets.length ? [{ positionKey: position.key, label: position.label, heading: position.heading, bullets }] : [];
  });
}

/** Chosen ids and edits that name no bullet of the profile any more. */
export function staleChoiceIds(positions: readonly ProfilePosition[], choices: TailoringChoices): string[] {
  const known = new Set(positions.flatMap((p) => p.bullets.map((b) => b.id)));
  return Object.values(choices.positions).flatMap((p) => [...new Set([...p.chosen, ...Object.keys(p.edits)])].filter((id) => !known.has(id)));
}
