import { describe, expect, it } from 'vitest';
import { entryFromFill, markApplied } from '../../lib/log/build-entry';
import { csvCell, parseCsv, toCsv } from '../../lib/log/csv';
import { CSV_HEADER, logToCsv } from '../../lib/log/log-export';
import { facts } from '../support/log-entries';

describe('CSV cells (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['Acme, Inc.', '"Acme, Inc."'],
    ['the "core" team', '"the ""core"" team"'],
    ['line one\nline two', '"line one\nline two"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['Инженер-программист', 'Инженер-программист'],
    ['ソフトウェアエンジニア, 東京', '"ソフトウェアエンジニア, 東京"'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('numbers and empty values', () => {
    expect(csvCell(14)).toBe('14');
    expect(csvCell(null)).toBe('');
  });

  it('a cell a spreadsheet would run as a formula gets a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.test","x")')).toBe(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@team')).toBe("'@team");
    expect(csvCell('-5')).toBe("'-5");
  });

  it('records end in CRLF and every row has the header’s width', () => {
    const text = toCsv(['a', 'b'], [['1', 'x,y'], ['2', 'z']]);
    expect(text).toBe('a,b\r\n1,"x,y"\r\n2,z\r\n');
  });
});

describe('the log as CSV', () => {
  const awkward = markApplied(
    {
      ...entryFromFill(
        facts({ company: 'Zürich Öko, "AG"', title: 'Ingénieur·e logiciel / 软件工程师', profile: { id: 'p', label: 'Rust, P2P' } }),
        undefined,
        ['Cut latency by 38%, "p99"', 'Второй пункт'],
        Date.UTC(2026, 10, 12, 9, 30),
      ),
      note: 'Line one\nLine two, with a comma',
    },
    Date.UTC(2026, 10, 13),
  );

  it('has the header row and reads back cell for cell, with commas, quotes, line breaks and non-Latin text intact', () => {
    const rows = parseCsv(logToCsv([awkward]));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      'Last filled': '2026-11-12T09:30:00.000Z',
      Company: 'Zürich Öko, "AG"',
      'Job title': 'Ingénieur·e logiciel / 软件工程师',
      Status: 'Applied',
      'Applied on': '2026-11-13T00:00:00.000Z',
      Profile: 'Rust, P2P',
      'Fields filled': '14',
      'Left to you': '4',
      'Bullets used': 'Cut latency by 38%, "p99"\nВторой пункт',
      Note: 'Line one\nLine two, with a comma',
      'Job URL': 'https://jobs.lever.co/acme/7f3c2a10-0000-4000-8000-00000000a001',
    });
  });

  it('is UTF-8 text: non-Latin characters are written as themselves, not escaped', () => {
    const bytes = new TextEncoder().encode(logToCsv([awkward]));
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toContain('软件工程师');
  });

  it('an empty log is just the header', () => {
    expect(logToCsv([])).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});
