// zod's messages as a person reads them: "expected text, got a number", "missing", "not an e-mail address".
const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  undefined: 'nothing',
  null: 'nothing',
  nan: 'a number',
};
const kind = (k: string) => KIND[k] ?? k;

export function plainIssue(message: string): string {
  let m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (m) return m[2] === 'undefined' ? `missing (expected ${kind(m[1]!)})` : `expected ${kind(m[1]!)}, got ${kind(m[2]!)}`;
  if (/^Invalid email/i.test(message)) return 'not an e-mail address';
  m = /^Too big: expected string to have <=(\d+) characters$/.exec(message);
  if (m) return `longer than ${m[1]} characters`;
  if (/^Too small: expected string to have >=1 characters$/.test(message)) return 'must not be empty';
  m = /^Invalid option: expected one of (.+)$/.exec(message);
  if (m) return `expected one of ${m[1]!.replace(/"/g, '').split('|').join(', ')}`;
  if (/^Invalid input: expected "(\w+)"$/.test(message)) return message.replace(/^Invalid input: /, '');
  return message;
}
