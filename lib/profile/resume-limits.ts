/** Résumés are kept in extension storage as base64 (4/3 of the size) inside its 10 MB quota; 2 MB covers real CVs. */
export const MAX_RESUME_BYTES = 2 * 1024 * 1024;
export const RESUME_TYPES = ['application/pdf', 'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'];

export function checkResumeFile(file: { name: string; size: number; type: string }): string | null {
  if (file.size > MAX_RESUME_BYTES) return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_RESUME_BYTES / 1024 / 1024} MB`;
  if (file.size === 0) return `${file.name} is empty`;
  if (!RESUME_TYPES.includes(file.type) && !/\.(pdf|docx?)$/i.test(file.name)) return `${file.name} is not a PDF or Word document`;
  return null;
}
