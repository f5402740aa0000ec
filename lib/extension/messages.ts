// zod/mini, not zod: this module is in the always-on content script, where every kilobyte is paid on every page.
import * as z from 'zod/mini';
import { ALL_ROLES, type Role } from '../roles/roles';

// zod's JIT probes `new Function`, which the extension CSP blocks; the mini build is told the same as the full one.
z.config({ jitless: true });

// Only plain data crosses between popup, background and content script. Each message is checked on arrival;
// anything malformed is refused with the reason instead of half-acting on it.

const planStep = z.object({
  fieldId: z.string(),
  name: z.string(),
  domId: z.string(),
  role: z.enum(ALL_ROLES as [Role, ...Role[]]),
  kind: z.enum(['text', 'textarea', 'select', 'combobox', 'radio-group', 'checkbox', 'checkbox-group', 'file']),
  label: z.string(),
  action: z.enum(['fill', 'skip', 'needs-you']),
  value: z.string(),
  optionValue: z.optional(z.string()),
  candidates: z.optional(z.array(z.string())),
  fileKey: z.optional(z.string()),
  reason: z.string(),
  overwrite: z.optional(z.boolean()),
});

export const contentRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('applyfill:collect') }),
  z.object({
    type: z.literal('applyfill:fill'),
    plan: z.object({ url: z.string(), ats: z.nullable(z.string()), profileId: z.string(), steps: z.array(planStep) }),
  }),
  z.object({ type: z.literal('applyfill:undo'), url: z.string() }),
]);

export type ContentRequest = z.infer<typeof contentRequest>;

export function parseContentRequest(message: unknown): { ok: true; request: ContentRequest } | { ok: false; error: string } {
  const parsed = contentRequest.safeParse(message);
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ') };
}
