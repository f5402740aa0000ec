import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonResume } from '../../lib/profile/json-resume';
import { shippedProfiles } from '../../lib/profile/shipped-profiles';
import { REPO_ROOT, repoPath } from '../support/repo-path';

const JOB = repoPath('tests/fixtures/job-descriptions/rust-p2p-networking-engineer.txt');

function rank(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/rank.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each case starts the script in a fresh Node process (about half a second each on two cores).
describe('npm run rank', { timeout: 30_000 }, () => {
  it('--json prints one object { terms, missing, bullets } with the top N bullets', () => {
    const { code, stdout } = rank(JOB, '--top', '3', '--json', '--ignore', 'Meshwork');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['terms', 'missing', 'bullets']);
    expect(out.bullets).toHaveLength(3);
    expect(Object.keys(out.bullets[0])).toEqual(['text', 'position', 'score', 'matched']);
    expect(out.bullets[0].text).toMatch(/libp2p/);
    expect(out.missing).toEqual(expect.arrayContaining(['QUIC']));
    expect(out.terms.map((t: { term: string }) => t.term)).not.toContain('Meshwork');
  });

  it('prints every bullet with score, position and matched terms, for another profile too', () => {
    const { code, stdout } = rank(JOB, '--profile', repoPath('profiles/elixir-staff-engineer.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Job terms: /);
    expect(stdout).toMatch(/^ {2}1\. +\d+\.\d\d {2}.+\n {11}.+\n {11}matched: /m);
    expect(stdout).toContain('Senior Staff Engineer · Remote');
  });

  it('reads a JSON Resume profile as well', () => {
    const dir = mkdtempSync(join(tmpdir(), 'applyfill-rank-'));
    const file = join(dir, 'resume.json');
    writeFileSync(file, JSON.stringify(toJsonResume(shippedProfiles()[0]!)));
    const { code, stdout } = rank(JOB, '--profile', file, '--top', '1', '--json');
    rmSync(dir, { recursive: true });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).bullets[0].text).toMatch(/libp2p/);
  });

  it('exits 2 with one clear line when a file is missing or not a profile', () => {
    const missing = rank('no-such-job.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('rank: cannot read job description "no-such-job.txt": no such file\n');
    const notProfile = rank(JOB, '--profile', repoPath('README.md'));
    expect(notProfile.code).toBe(2);
    expect(notProfile.stderr).toMatch(/^rank: cannot use profile ".*README\.md": not valid JSON/);
  });

  it('exits 2 with usage on bad arguments', () => {
    for (const args of [[], [JOB, '--top', 'ten'], [JOB, '--frobnicate']]) {
      const run = rank(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/\nusage: rank /);
    }
  });
});
