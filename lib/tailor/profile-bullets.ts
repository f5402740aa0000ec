import type { Profile } from '../profile/profile-schema';
import { textHash } from './text-hash';
import { splitTextItems } from './text-items';

export type PositionKind = 'work' | 'projects' | 'volunteering';

/** Where a bullet's text lives in the profile, so an edit can be saved back in its place. */
export type BulletOrigin =
  | { field: 'bullets'; index: number }
  | { field: 'summary' | 'description'; start: number; end: number };

export interface PositionHeading {
  title: string;
  organization: string;
  start?: string;
  end?: string;
  current: boolean;
}

export interface ProfileBullet {
  /**
   * The position key and a hash of the text: a choice survives reordering the profile's bullets, and a choice
   * whose bullet was rewritten in the profile is dropped rather than attached to a neighbour.
   */
  id: string;
  /** "work.0", "projects.2", "volunteering.1": the position's place in the profile. */
  positionKey: string;
  /** "Title · Company", as the popup and the command line show it. */
  position: string;
  text: string;
  origin: BulletOrigin;
}

export interface ProfilePosition {
  key: string;
  kind: PositionKind;
  index: number;
  label: string;
  heading: PositionHeading;
  bullets: ProfileBullet[];
}

interface Source {
  kind: PositionKind;
  heading: PositionHeading;
  prose: { field: 'summary' | 'description'; text: string };
  bullets: readonly string[];
}

// Work: the position summary (some positions have nothing else) and its bullets. Projects: the description
// and bullets. Volunteering: the summary, whose "- " lines are bullets of their own. Education is left out:
// it is listed on a CV, not tailored.
function sources(profile: Profile): Source[] {
  return [
    ...profile.work.map((w) => ({
      kind: 'work' as const,
      heading: { title: w.title, organization: w.company, start: w.start, end: w.end, current: w.current },
      prose: { field: 'summary' as const, text: w.summary },
      bullets: w.bullets,
    })),
    ...profile.projects.map((p) => ({
      kind: 'projects' as const,
      heading: { title: p.name, organization: '', start: p.date, current: false },
      prose: { field: 'description' as const, text: p.description },
      bullets: p.bullets,
    })),
    ...profile.volunteering.map((v) => ({
      kind: 'volunteering' as const,
      heading: { title: v.role, organization: v.organization, start: v.start, end: v.end, current: v.current },
      prose: { field: 'summary' as const, text: v.summary },
      bullets: [],
    })),
  ];
}

export function positionLabel(heading: PositionHeading, fallback: string): string {
  return [heading.title, heading.organization].map((s) => s.trim()).filter(Boolean).join(' · ') || fallback;
}

export function profilePositions(profile: Profile): ProfilePosition[] {
  const seenIndex: Record<PositionKind, number> = { work: 0, projects: 0, volunteering: 0 };
  return sources(profile).map((source) => {
    const index = seenIndex[source.kind]++;
    const key = `${source.kind}.${index}`;
    const label = positionLabel(source.heading, `${source.kind} ${index + 1}`);
    const taken = new Map<string, number>();
    const bullet = (text: string, origin: BulletOrigin): ProfileBullet => {
      const base = `${key}#${textHash(`${origin.field}\n${text}`)}`;
      const n = (taken.get(base) ?? 0) + 1;
      taken.set(base, n);
      return { id: n === 1 ? base : `${base}~${n}`, positionKey: key, position: label, text, origin };
    };
    const bullets = [
      ...splitTextItems(source.prose.text).map((item) => bullet(item.text, { field: source.prose.field, start: item.start, end: item.end })),
      ...source.bullets.flatMap((text, i) => (text.trim() ? [bullet(text.trim(), { field: 'bullets', index: i })] : [])),
    ];
    return { key, kind: source.kind, index, label, heading: source.heading, bullets };
  });
}

export const profileBullets = (profile: Profile): ProfileBullet[] => profilePositions(profile).flatMap((p) => p.bullets);
