import { z } from '../profile/zod';
import type { ProfileBullet } from './profile-bullets';

const bulletId = z.string().min(1).max(200);

export const positionChoicesSchema = z.object({
  /** Bullet ids in the order the user wants them. */
  chosen: z.array(bulletId).max(500).default([]),
  /** The user's wording per bullet id, for this job only; the profile keeps its own until saved back. */
  edits: z.record(bulletId, z.string().max(10_000)).default({}),
});

/** One profile's choices for one job, per position key ("work.0"). */
export const tailoringChoicesSchema = z.object({
  positions: z.record(z.string().min(1).max(100), positionChoicesSchema).default({}),
});

export type PositionChoices = z.infer<typeof positionChoicesSchema>;
export type TailoringChoices = z.infer<typeof tailoringChoicesSchema>;
type BulletRef = Pick<ProfileBullet, 'id' | 'positionKey'>;

export const noChoices = (): TailoringChoices => ({ positions: {} });

const positionOf = (choices: TailoringChoices, key: string): PositionChoices =>
  (Object.hasOwn(choices.positions, key) ? choices.positions[key] : undefined) ?? { chosen: [], edits: {} };

function withPosition(choices: TailoringChoices, key: string, next: PositionChoices): TailoringChoices {
  const positions = { ...choices.positions };
  if (next.chosen.length || Object.keys(next.edits).length) positions[key] = next;
  else delete positions[key];
  return { positions };
}

export const isChosen = (choices: TailoringChoices, bullet: BulletRef): boolean => positionOf(choices, bullet.positionKey).chosen.includes(bullet.id);

/** Add a bullet to its position's choice, at the end or at `at`; a chosen bullet moves there instead. */
export function pickBullet(choices: TailoringChoices, bullet: BulletRef, at?: number): TailoringChoices {
  const current = positionOf(choices, bullet.positionKey);
  const chosen = current.chosen.filter((id) => id !== bullet.id);
  chosen.splice(at === undefined ? chosen.length : Math.max(0, Math.min(at, chosen.length)), 0, bullet.id);
  return withPosition(choices, bullet.positionKey, { ...current, chosen });
}

/** Take a bullet out of the choice; its edited wording stays, in case it is picked again. */
export function unpickBullet(choices: TailoringChoices, bullet: BulletRef): TailoringChoices {
  const current = positionOf(choices, bullet.positionKey);
  return withPosition(choices, bullet.positionKey, { ...current, chosen: current.chosen.filter((id) => id !== bullet.id) });
}

/** Move a chosen bullet to `to` (clamped) within its position; an unchosen bullet is left as it is. */
export function moveBullet(choices: TailoringChoices, bullet: BulletRef, to: number): TailoringChoices {
  return isChosen(choices, bullet) ? pickBullet(choices, bullet, to) : choices;
}

/** Reword a bullet for this job. Blank text, or the profile's own text, removes the edit. */
export function editBullet(choices: TailoringChoices, bullet: BulletRef & Pick<ProfileBullet, 'text'>, text: string): TailoringChoices {
  const current = positionOf(choices, bullet.positionKey);
  const edits = { ...current.edits };
  const wording = text.trim();
  if (!wording || wording === bullet.text) delete edits[bullet.id];
  else edits[bullet.id] = wording;
  return withPosition(choices, bullet.positionKey, { ...current, edits });
}

/** The text to use for a bullet: the user's wording for this job, or the profile's. */
export const bulletText = (choices: TailoringChoices, bullet: BulletRef & Pick<ProfileBullet, 'text'>): string =>
  positionOf(choices, bullet.positionKey).edits[bullet.id] ?? bullet.text;
