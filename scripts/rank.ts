// Rank a profile's bullets against a job description from the command line: the ranking the popup shows, for
// people who tailor a CV outside the browser and for checking the ranking on real descriptions.
//
//   npm run rank -- <job-description.txt | -> [--profile <file.json>] [--top N] [--ignore <words>] [--json]
//
// Exit codes: 0 ranked, 2 bad arguments or a file that cannot be read or parsed.
import { fileURLToPath } from 'node:url';
import { parseImport } from '../lib/profile/profile-import';
import { wholeProfiles } from '../lib/profile/profile-data';
import { rankProfile, type RankedBullet } from '../lib/tailor/bullet-ranking';
import { readTextArg, UsageError, walkArgs } from './cli-args';

const DEFAULT_PROFILE = fileURLToPath(new URL('../profiles/rust-p2p-networking.json', import.meta.url));
const USAGE = 'usage: rank <job-description.txt | -> [--profile <file.json>] [--top N] [--ignore <words>] [--json]';

interface Args {
  job: string;
  profile: string;
  top: number;
  ignore: string[];
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { job: '', profile: DEFAULT_PROFILE, top: Infinity, ignore: [], json: false };
  walkArgs(argv, (arg, value) => {
    if (arg === '--json') args.json = true;
    else if (arg === '--profile') args.profile = value();
    else if (arg === '--ignore') args.ignore.push(value());
    else if (arg === '--top') {
      const text = value();
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--top expects a whole number above 0, not "${text}"`);
      args.top = n;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (args.job) throw new UsageError(`one job description at a time ("${args.job}", then "${arg}")`);
    else args.job = arg;
  });
  if (!args.job) throw new UsageError('which job description? Give a text file, or - for standard input');
  return args;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function printText(bullets: readonly RankedBullet[], terms: string[], missing: string[]): void {
  const lines = [`Job terms: ${terms.join(', ') || '(none)'}`, `Missing from the profile: ${missing.join(', ') || '(none)'}`, ''];
  bullets.forEach((b, i) => {
    lines.push(`${String(i + 1).padStart(3)}. ${b.score.toFixed(2).padStart(6)}  ${b.position}`);
    lines.push(`           ${b.text}`);
    lines.push(`           matched: ${b.matched.join(', ') || '(nothing)'}`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  const job = readTextArg(args.job, 'job description');
  const imported = parseImport(readTextArg(args.profile, 'profile'), []);
  if (!imported.ok) throw new UsageError(`cannot use profile "${args.profile}": ${imported.error}`);
  const profiles = wholeProfiles(imported.value);
  if (profiles.length > 1) process.stderr.write(`rank: ${args.profile} holds ${profiles.length} profiles; using the first\n`);
  const ranking = rankProfile(job, profiles[0]!, { ignore: args.ignore });
  const bullets = ranking.bullets.slice(0, args.top);
  if (args.json) {
    const out = {
      terms: ranking.terms.map((t) => ({ term: t.label, count: t.count, weight: round(t.weight), inProfile: t.inProfile })),
      missing: ranking.missing.map((t) => t.label),
      bullets: bullets.map((b) => ({ text: b.text, position: b.position, score: round(b.score), matched: b.matched })),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    printText(bullets, ranking.terms.slice(0, 15).map((t) => t.label), ranking.missing.map((t) => t.label));
  }
  return 0;
}

// `rank … | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`rank: ${error.message}\n${error.message.startsWith('cannot') ? '' : `${USAGE}\n`}`);
  process.exitCode = 2;
}
