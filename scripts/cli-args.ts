// The command-line scripts' shared argument reading: one loop, one way to ask for an option's value, one error a
// person can act on (the script prints it with its usage line and exits 2).
import { readFileSync } from 'node:fs';

export class UsageError extends Error {}

/**
 * Walk the arguments in order: `take(arg, value)` handles each one and calls `value()` when the option expects a
 * value (the next argument); a missing value is a UsageError naming the option.
 */
export function walkArgs(argv: readonly string[], take: (arg: string, value: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    take(arg, () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    });
  }
}

/** A text file (or standard input for "-"), or a UsageError that says in words why it cannot be read. */
export function readTextArg(path: string, what: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new UsageError(`cannot read ${what} "${path}": ${why}`);
  }
}
