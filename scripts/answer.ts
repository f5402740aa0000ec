// Answer one question from an answer bank, through the same matcher the extension uses (lib/answers/).
//
//   npm run answer -- --bank <file.json> --question "<text>" [--options "A|B|C"] [--company <name>] [--json]
//
// The bank file is a JSON array of {question, answer} (or the stored format: options, ats, company, savedAt), or a
// profile holding "answerBank". Prints {answer, from, score, reason}; answer is null when the question is left to
// the user. Exit codes: 0 answered or left to the user, 2 bad arguments or an unreadable bank.
import { answerFromBank, prepareBank } from '../lib/answers/answer-from-bank';
import { parseBankFile } from '../lib/answers/bank-file';
import { readTextArg, UsageError, walkArgs } from './cli-args';

const USAGE = 'usage: answer --bank <file.json> --question "<text>" [--options "A|B|C"] [--company <name>] [--json]';

interface Args {
  bank: string;
  question: string;
  options: string[] | null;
  company: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { bank: '', question: '', options: null, company: '', json: false };
  walkArgs(argv, (arg, value) => {
    if (arg === '--json') args.json = true;
    else if (arg === '--bank') args.bank = value();
    else if (arg === '--question') args.question = value();
    else if (arg === '--company') args.company = value();
    else if (arg === '--options') args.options = value().split('|').map((o) => o.trim()).filter(Boolean);
    else throw new UsageError(`unknown argument ${arg}`);
  });
  if (!args.bank) throw new UsageError('which bank? Give --bank <file.json>');
  if (!args.question.trim()) throw new UsageError('which question? Give --question "<text>"');
  return args;
}

function readBank(path: string) {
  const text = readTextArg(path, 'bank');
  try {
    return parseBankFile(JSON.parse(text));
  } catch (error) {
    throw new UsageError(`bank "${path}": ${(error as Error).message}`);
  }
}

function main(argv: readonly string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
    const bank = prepareBank(readBank(args.bank));
    const options = args.options?.map((text) => ({ value: text, text }));
    const result = answerFromBank(bank, { question: args.question, ...(options ? { options } : {}), ...(args.company ? { company: args.company } : {}) });
    const out = { answer: result.answer, from: result.from?.question ?? null, score: result.score, reason: result.reason };
    if (args.json) console.log(JSON.stringify(out, null, 2));
    else console.log(`${out.answer === null ? '(left to you)' : out.answer}\n  score ${out.score}\n  ${out.reason}`);
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`answer: ${error.message}\n${USAGE}`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
