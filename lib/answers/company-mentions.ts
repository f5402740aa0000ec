import { plainCompany } from './question-text';

export type CompanyCheck = { kind: 'none' | 'same' } | { kind: 'replaced'; text: string; from: string; to: string } | { kind: 'flag'; name: string };

function mentionPattern(company: string): RegExp | null {
  const name = plainCompany(company);
  if (name.length < 2) return null;
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b${words.join('[\\s-]*')}\\b`, 'gi');
}

/**
 * An answer that names the company it was written for ("…why I want to join Acme…"). Put to another company it
 * is rewritten only when both questions asked about the company asking (then "Acme" meant "you, the employer");
 * otherwise the user must look ("mentions Acme: check").
 */
export function checkCompanyMentions(answer: string, storedCompany: string | null, askedCompany: string | null, bothAboutCompany: boolean): CompanyCheck {
  if (!storedCompany) return { kind: 'none' };
  const pattern = mentionPattern(storedCompany);
  if (!pattern || !pattern.test(answer)) return { kind: 'none' };
  if (askedCompany && plainCompany(askedCompany) === plainCompany(storedCompany)) return { kind: 'same' };
  if (!askedCompany || !bothAboutCompany) return { kind: 'flag', name: storedCompany };
  // A name known only from a URL slug ("globex") takes the case the answer wrote the old name in ("Acme").
  const cased = (mention: string) => (askedCompany === askedCompany.toLowerCase() && /^[A-Z]/.test(mention) ? askedCompany.replace(/\b[a-z]/g, (c) => c.toUpperCase()) : askedCompany);
  return { kind: 'replaced', text: answer.replace(mentionPattern(storedCompany)!, cased), from: storedCompany, to: askedCompany };
}
