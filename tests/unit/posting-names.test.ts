import { describe, expect, it } from 'vitest';
import { namesFromTitle, postingNames } from '../../lib/page/posting-names';
import { documentFrom } from '../support/dom-from-html';

// Own titles in the shapes the boards use (read off the corpus), with other companies and jobs than there.
const TITLES: [docTitle: string, jobTitle: string, company: string | undefined, title?: string][] = [
  ['Job Application for Platform Engineer at Northwind Traders', 'Platform Engineer', 'Northwind Traders', 'Platform Engineer'],
  ['Job Application for Data Lead - Payments  at Contoso, Inc. ', '', 'Contoso, Inc.', 'Data Lead - Payments'],
  ['Staff Engineer, Storage @ Tailspin Toys', 'Staff Engineer, Storage', 'Tailspin Toys', 'Staff Engineer, Storage'],
  ['Fabrikam - Product Designer - Growth', 'Product Designer - Growth', 'Fabrikam'],
  ['Fabrikam - Field Technician (Van Provided) - 0042', 'Field Technician (Van Provided)', 'Fabrikam'],
  ['Support Agent - Remote (EU) - Adatum Corporation - Application', 'Support Agent - Remote (EU)', 'Adatum Corporation'],
  ['Site Reliability Engineer | Careers at Litware', 'Site Reliability Engineer', 'Litware'],
  ['Site Reliability Engineer - Observability | Litware Careers', '', 'Litware', 'Site Reliability Engineer - Observability'],
  ['Backend Engineer – Jobs at Proseware', '', 'Proseware', 'Backend Engineer'],
  ['Job Description | Wide World Importers', 'Buyer', 'Wide World Importers'],
  // The page's job title is not in the document title and nothing marks a name: two names, no telling which.
  ['Account Manager - Alpine Ski House', 'Regional Sales', undefined],
  ['Open positions', '', undefined],
];

describe('company and job from the document title', () => {
  it.each(TITLES)('%s', (docTitle, jobTitle, company, title) => {
    const names = namesFromTitle(docTitle, jobTitle);
    expect(names.company).toBe(company);
    if (title !== undefined) expect(names.title).toBe(title);
  });
});

const page = (head: string, body = '') => documentFrom(`<html><head>${head}</head><body>${body}</body></html>`, 'https://jobs.lever.co/slug/1/apply');

describe('company from the page when the title does not say', () => {
  it('reads a logo\'s alt text, but never the board\'s own logo', () => {
    expect(postingNames(page('<title>Open role</title>', '<img alt="Lever logo"><img alt="Coho Winery Logo">'), { company: 'cohowinery', title: 'Sommelier' }).company).toBe('Coho Winery');
    expect(postingNames(page('<title>Open role</title>', '<img alt="Lever logo">'), { company: 'cohowinery', title: 'Sommelier' }).company).toBe('cohowinery');
  });
  it('reads og:site_name without its tagline', () => {
    const doc = page('<title>Sommelier</title><meta property="og:site_name" content="Coho Winery - Wine for everyone">');
    expect(postingNames(doc, { company: 'coho', title: 'Sommelier' })).toEqual({ company: 'Coho Winery', title: 'Sommelier' });
  });
  it('keeps what the adapter found (the URL slug) when the page names no company', () => {
    expect(postingNames(page('<title>Sommelier</title>'), { company: 'coho', title: 'Sommelier' })).toEqual({ company: 'coho', title: 'Sommelier' });
  });
  it('takes the job title from the document title when the page shows none', () => {
    expect(postingNames(page('<title>Job Application for Sommelier at Coho Winery</title>'), { company: 'coho', title: '' })).toEqual({ company: 'Coho Winery', title: 'Sommelier' });
  });
});
