import { useEffect, useRef, useState } from 'preact/hooks';
import type { OnboardingActions, OnboardingData } from '../../components/onboarding/onboarding-view';
import { writeStoredFile } from '../../lib/extension/file-store';
import { loadProfileData, saveProfileData } from '../../lib/extension/profile-store';
import * as ob from '../../lib/onboarding/onboarding-state';
import { emptyIdentity } from '../../lib/profile/identity-schema';
import { mergeIdentity } from '../../lib/profile/merge-identity';
import type { ProfileData } from '../../lib/profile/profile-data';
import { parseImport } from '../../lib/profile/profile-import';
import { checkResumeFile } from '../../lib/profile/resume-limits';
import { newResumeFileKey } from '../../lib/profile/file-keys';

/** The first-run page's state (lib/onboarding/onboarding-state.ts) wired to storage; each step is stored as it ends. */
export function useOnboarding(openOptions: () => void): { data: OnboardingData; actions: OnboardingActions } {
  const [stored, setStored] = useState<ProfileData | null>(null);
  const [state, setState] = useState<ob.OnboardingState | null>(null);
  const [keep, setKeep] = useState<Record<string, boolean>>({});
  const [message, setMessage] = useState<OnboardingData['message']>(null);
  const current = useRef(stored);
  current.current = stored;

  useEffect(() => {
    void loadProfileData().then((d) => {
      setStored({ identity: d.identity, resumes: d.resumes });
      setState(ob.startOnboarding(d.identity));
    });
  }, []);

  // `base` is the data `next` was made from: the save merges against it (another tab may have saved meanwhile).
  const store = async (next: ProfileData, base: ProfileData, text: string) => {
    try {
      const merged = await saveProfileData(next, base);
      setStored(merged);
      setMessage(text ? { kind: 'ok', text } : null);
      return true;
    } catch (error) {
      setMessage({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
      return false;
    }
  };

  const actions: OnboardingActions = {
    setField: (key, value) => setState((s) => (s ? ob.setContactField(s, key, value) : s)),
    submitContact: () => {
      const data = current.current;
      if (!state || !data) return;
      const out = ob.submitContact(state, data.identity);
      if (!out.identity) return setState(out.state);
      void store({ ...data, identity: out.identity }, data, '').then((ok) => ok && setState(out.state));
    },
    keep: (id, k) => setKeep((all) => ({ ...all, [id]: k })),
    attach: (id, file) => {
      const problem = checkResumeFile(file);
      const data = current.current;
      if (problem || !data) return setMessage({ kind: 'error', text: problem ?? 'Not ready yet.' });
      void file.arrayBuffer().then(async (buffer) => {
        const storageKey = newResumeFileKey(id);
        const type = file.type || 'application/pdf';
        try {
          await writeStoredFile(storageKey, { name: file.name, type, bytes: new Uint8Array(buffer) });
        } catch (error) {
          return setMessage({ kind: 'error', text: `The file could not be stored (${(error as Error).message}); nothing was changed.` });
        }
        const resumes = data.resumes.map((r) => (r.id === id ? { ...r, documents: { ...r.documents, resume: { name: file.name, type, size: file.size, storageKey } } } : r));
        await store({ ...data, resumes }, data, `${file.name} attached.`);
      });
    },
    importFile: (file) =>
      void file.text().then((text) => {
        const data = current.current;
        if (!data) return;
        const result = parseImport(text, data.resumes);
        if (!result.ok) {
          setMessage({ kind: 'error', text: `Import failed, nothing was changed: ${result.error}` });
          return;
        }
        const merged = mergeIdentity(data.identity, result.value.identity, `“${file.name}”`);
        const n = result.value.resumes.length;
        void store({ identity: merged.identity, resumes: [...data.resumes, ...result.value.resumes] }, data, `Imported ${n} résumé${n > 1 ? 's' : ''} from ${file.name}.`);
      }),
    finishResumes: () => {
      const data = current.current;
      if (!data || !state) return;
      const resumes = data.resumes.filter((r) => keep[r.id] !== false);
      if (!resumes.length) return setMessage({ kind: 'error', text: 'Keep at least one résumé.' });
      void store({ ...data, resumes }, data, '').then((ok) => ok && setState(ob.goTo(state, 'done')));
    },
    goTo: (step) => setState((s) => (s ? ob.goTo(s, step) : s)),
    openOptions,
  };

  const data: OnboardingData = {
    step: state?.step ?? 'you',
    contact: state?.contact ?? ob.startOnboarding(emptyIdentity()).contact,
    errors: state?.errors ?? {},
    resumes: (stored?.resumes ?? []).map((r) => ({
      id: r.id,
      label: r.label,
      headline: r.headline,
      positions: r.work.length,
      keep: keep[r.id] !== false,
      file: r.documents.resume?.name ?? '',
    })),
    message,
  };
  return { data, actions };
}
