import { formatDateRange } from './date-range';
import type { PositionHeading } from './profile-bullets';
import type { TailoredSection } from './tailored-resume';

export type ClipboardFormat = 'text' | 'markdown';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

// Characters that would turn a bullet's words into emphasis, code or a link in Markdown. An underscore inside a
// word ("kube_state") is literal in CommonMark and stays as written.
const escapeMarkdown = (text: string): string => text.replace(/[\\`*[\]]/g, '\\$&').replace(/(^|\W)_|_(?=\W|$)/g, (m) => m.replace('_', '\\_'));

/** "Software Engineer — Protocol Labs (Mar 2021 – Dec 2023)"; parts that are empty are left out. */
export function formatHeading(heading: PositionHeading): string {
  const name = [heading.title, heading.organization].map(oneLine).filter(Boolean).join(' — ');
  const dates = formatDateRange(heading);
  return dates ? `${name} (${dates})` : name;
}

export function formatBullet(text: string, format: ClipboardFormat): string {
  return format === 'markdown' ? `- ${escapeMarkdown(oneLine(text))}` : `• ${oneLine(text)}`;
}

/** A position's heading, then its chosen bullets. */
export function formatSection(section: TailoredSection, format: ClipboardFormat): string {
  const bullets = section.bullets.map((b) => formatBullet(b.text, format)).join('\n');
  return format === 'markdown'
    ? `### ${escapeMarkdown(formatHeading(section.heading))}\n\n${bullets}`
    : `${formatHeading(section.heading)}\n${bullets}`;
}

/** The whole tailored résumé: every section with a chosen bullet, separated by a blank line. */
export function formatResume(sections: readonly TailoredSection[], format: ClipboardFormat): string {
  return sections.map((s) => formatSection(s, format)).join('\n\n');
}
