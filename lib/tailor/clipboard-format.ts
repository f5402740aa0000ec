import { formatDateRange } from './date-range';
import type { PositionHeading, PositionKind } from './profile-bullets';
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

export const sectionKind = (section: TailoredSection): PositionKind => section.positionKey.split('.')[0] as PositionKind;

/**
 * A project as a CV lists one: one entry, its name and date leading into what was done, not a job heading over
 * bullets. "• benchee (Nov 2023): Created benchee, …"
 */
function formatProject(section: TailoredSection, format: ClipboardFormat): string {
  const dates = formatDateRange(section.heading);
  const name = oneLine(section.heading.title) || section.label;
  const text = section.bullets.map((b) => oneLine(b.text)).join(' ');
  if (format === 'text') return `• ${name}${dates ? ` (${dates})` : ''}: ${text}`;
  return `- **${escapeMarkdown(name)}**${dates ? ` (${dates})` : ''}: ${escapeMarkdown(text)}`;
}

/** A position's heading, then its chosen bullets; a project as one entry. */
export function formatSection(section: TailoredSection, format: ClipboardFormat): string {
  if (sectionKind(section) === 'projects') return formatProject(section, format);
  const bullets = section.bullets.map((b) => formatBullet(b.text, format)).join('\n');
  return format === 'markdown'
    ? `### ${escapeMarkdown(formatHeading(section.heading))}\n\n${bullets}`
    : `${formatHeading(section.heading)}\n${bullets}`;
}

const GROUPS: readonly [PositionKind, string][] = [
  ['work', 'Experience'],
  ['projects', 'Projects'],
  ['volunteering', 'Volunteering'],
];

/**
 * The whole tailored résumé as a person would send it: only the positions with a chosen bullet, under the CV's
 * section headings (Experience, Projects, Volunteering), each group left out when nothing of it is chosen.
 */
export function formatResume(sections: readonly TailoredSection[], format: ClipboardFormat): string {
  return GROUPS.flatMap(([kind, title]) => {
    const members = sections.filter((s) => sectionKind(s) === kind);
    if (!members.length) return [];
    const heading = format === 'markdown' ? `## ${title}` : title;
    // Projects are a list, one line each; positions are blocks separated by a blank line.
    const body = members.map((s) => formatSection(s, format)).join(kind === 'projects' ? '\n' : '\n\n');
    return [`${heading}\n\n${body}`];
  }).join('\n\n');
}
