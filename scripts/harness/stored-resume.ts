import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { encodeStoredFile } from '../../lib/extension/stored-file-codec';
import type { Profile } from '../../lib/profile/profile-schema';
import { setExtensionStorage } from './extension-storage';

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
  '.rtf': 'application/rtf',
};

/** A one-page PDF that says what it is: stands in for a résumé a profile names but whose bytes are not at hand. */
export function standInPdf(title: string): Uint8Array {
  const text = `Stand-in resume: ${title}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/**
 * Put the profile's résumé bytes into extension storage, where the content script reads them at fill time (the
 * options page stores them the same way, see lib/extension/file-store.ts). With `file`, that file becomes the
 * profile's résumé; without it, a profile that names a résumé gets a stand-in PDF under that name, so a fill
 * can be checked without the real file. Returns the profile as stored.
 */
export async function storeResume(context: BrowserContext, profile: Profile, file?: string): Promise<Profile> {
  const named = profile.documents.resume;
  if (!file && !named) return profile;
  const storageKey = named?.storageKey ?? `file:resume-${profile.id}`;
  const bytes = file ? new Uint8Array(readFileSync(file)) : standInPdf(named!.name);
  const name = file ? basename(file) : named!.name;
  const type = file ? (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : named!.type || 'application/pdf';
  await setExtensionStorage(context, { [storageKey]: encodeStoredFile({ name, type, bytes }) });
  return { ...profile, documents: { ...profile.documents, resume: { name, type, size: bytes.length, storageKey } } };
}
