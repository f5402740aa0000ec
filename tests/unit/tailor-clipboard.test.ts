import { describe, expect, it } from 'vitest';
import { formatBullet, formatHeading, formatResume, formatSection } from '../../lib/tailor/clipboard-format';
import { formatDateRange } from '../../lib/tailor/date-range';
import type { TailoredSection } from '../../lib/tailor/tailored-resume';

const protocolLabs: TailoredSection = {
  positionKey: 'work.0',
  label: 'Software Engineer · Protocol Labs',
  heading: { title: 'Software Engineer', organization: 'Protocol Labs', start: '2021-03', end: '2023-12', current: false },
  bullets: [
    { id: 'a', text: 'Co-lead of the peer-to-peer networking library libp2p.', edited: false },
    { id: 'b', text: 'Introduced continuous benchmarks\nacross transports.', edited: true },
  ],
};
const togetherAi: TailoredSection = {
  positionKey: 'work.1',
  label: 'Together.ai',
  heading: { title: '', organization: 'Together.ai', start: '2025-07', current: true },
  bullets: [{ id: 'c', text: 'Cut P95 latency to *sub* millisecond [gRPC] using `ets`', edited: false }],
};

const benchee: TailoredSection = {
  positionKey: 'projects.0',
  label: 'benchee',
  heading: { title: 'benchee', organization: '', start: '2023-11-23', current: false },
  bullets: [
    { id: 'd', text: 'Created benchee.', edited: false },
    { id: 'e', text: 'Used by Elixir core.', edited: false },
  ],
};

describe('clipboard formatting', () => {
  it('one bullet, as plain text and as Markdown, on one line', () => {
    expect(formatBullet('Shipped   the\nproxy. ', 'text')).toBe('• Shipped the proxy.');
    expect(formatBullet('Shipped the proxy.', 'markdown')).toBe('- Shipped the proxy.');
  });

  it('a position: heading "Title — Company (start – end)" and its chosen bullets in order', () => {
    expect(formatSection(protocolLabs, 'text')).toBe(
      'Software Engineer — Protocol Labs (Mar 2021 – Dec 2023)\n' +
        '• Co-lead of the peer-to-peer networking library libp2p.\n' +
        '• Introduced continuous benchmarks across transports.',
    );
    expect(formatSection(protocolLabs, 'markdown')).toBe(
      '### Software Engineer — Protocol Labs (Mar 2021 – Dec 2023)\n\n' +
        '- Co-lead of the peer-to-peer networking library libp2p.\n' +
        '- Introduced continuous benchmarks across transports.',
    );
  });

  it('the whole tailored résumé: positions under Experience, projects as one-line entries under Projects', () => {
    expect(formatResume([protocolLabs, benchee, togetherAi], 'text')).toBe(
      `Experience\n\n${formatSection(protocolLabs, 'text')}\n\nTogether.ai (Jul 2025 – present)\n• Cut P95 latency to *sub* millisecond [gRPC] using \`ets\`\n\n` +
        'Projects\n\n• benchee (Nov 2023): Created benchee. Used by Elixir core.',
    );
    expect(formatResume([protocolLabs, togetherAi, benchee], 'markdown')).toBe(
      `## Experience\n\n${formatSection(protocolLabs, 'markdown')}\n\n### Together.ai (Jul 2025 – present)\n\n- Cut P95 latency to \\*sub\\* millisecond \\[gRPC\\] using \\\`ets\\\`\n\n` +
        '## Projects\n\n- **benchee** (Nov 2023): Created benchee. Used by Elixir core.',
    );
    expect(formatResume([], 'text')).toBe('');
  });

  it('leaves out a section heading when nothing under it is picked', () => {
    expect(formatResume([benchee], 'text')).toBe('Projects\n\n• benchee (Nov 2023): Created benchee. Used by Elixir core.');
    expect(formatResume([protocolLabs], 'markdown')).not.toMatch(/Projects/);
  });

  it('escapes Markdown only where it would change the text, not inside words', () => {
    expect(formatBullet('kube_state_metrics and _emphasis_', 'markdown')).toBe('- kube_state_metrics and \\_emphasis\\_');
  });
});

describe('headings and dates', () => {
  it.each([
    [{ start: '2021-03', end: '2023-12', current: false }, 'Mar 2021 – Dec 2023'],
    [{ start: '2025-07', current: true }, 'Jul 2025 – present'],
    [{ start: '2019-06', end: '2019-06', current: false }, 'Jun 2019'],
    [{ start: '2013', end: '2016', current: false }, '2013 – 2016'],
    [{ start: '2023-11-23', current: false }, 'Nov 2023'],
    [{ current: false }, ''],
  ])('%j → "%s"', (range, expected) => {
    expect(formatDateRange(range)).toBe(expected);
  });

  it('leaves out what the profile does not have', () => {
    expect(formatHeading({ title: 'Benchee', organization: '', current: false })).toBe('Benchee');
    expect(formatHeading({ title: '', organization: 'Self-employed', start: '2019-08', end: '2020-07', current: false })).toBe('Self-employed (Aug 2019 – Jul 2020)');
  });
});
