import { useEffect, useState } from 'preact/hooks';
import type { OptionsActions, OptionsData } from '../../components/options/options-view';
import { writeStoredFile } from '../../lib/extension/file-store';
import { loadProfiles, saveProfiles } from '../../lib/extension/profile-store';
import { setIn } from '../../lib/profile/path-access';
import { exportBundle, exportJsonResume, exportProfile, parseImport } from '../../lib/profile/profile-import';
import { createProfile, deleteProfile, duplicateProfile, renameProfile, replaceProfile } from '../../lib/profile/profile-list';
import type { Profile } from '../../lib/profile/profile-schema';
import { checkResumeFile } from '../../lib/profile/resume-limits';
import { validationErrors } from '../../lib/profile/validation-errors';
import { download } from './download';

/** The options page's state: the stored list, the profile being edited (a draft until saved), and messages. */
export function useOptionsState(): { data: OptionsData; actions: OptionsActions } {
  const [profiles, setProfiles] = useState<Profile[]>([]);
  const [selectedId, setSelectedId] = useState('');
  const [draft, setDraft] = useState<Profile | null>(null);
  const [dirty, setDirty] = useState(false);
  const [message, setMessage] = useState<OptionsData['message']>(null);
  const [problems, setProblems] = useState<string[]>([]);

  useEffect(() => {
    loadProfiles()
      .then((loaded) => {
        setProfiles(loaded.profiles);
        setSelectedId(loaded.activeId);
        setDraft(loaded.profiles.find((p) => p.id === loaded.activeId) ?? null);
        setProblems(loaded.problems);
      })
      .catch((error: Error) => setProblems([`Profiles could not be loaded: ${error.message}`]));
  }, []);

  // Every list change goes through here: written to storage first, shown only once it is stored.
  const commit = async (next: Profile[], select: string, text: string) => {
    try {
      await saveProfiles(next);
      setProfiles(next);
      setSelectedId(select);
      setDraft(next.find((p) => p.id === select) ?? null);
      setDirty(false);
      setMessage({ kind: 'ok', text });
    } catch (error) {
      setMessage({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
    }
  };
  const guard = (fn: () => Promise<void> | void) => {
    try {
      void fn();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  const { errors } = draft ? validationErrors(draft) : { errors: {} };

  const actions: OptionsActions = {
    select: (id) => {
      setSelectedId(id);
      setDraft(profiles.find((p) => p.id === id) ?? null);
      setDirty(false);
      setMessage(null);
    },
    change: (path, value) => {
      setDraft((d) => (d ? setIn(d, path, value) : d));
      setDirty(true);
    },
    save: () => {
      const { profile } = validationErrors(draft);
      if (!profile) return setMessage({ kind: 'error', text: 'Fix the marked fields first; nothing was saved.' });
      void commit(replaceProfile(profiles, profile), profile.id, `Saved “${profile.label}”.`);
    },
    revert: () => actions.select(selectedId),
    create: () => guard(() => {
      const next = createProfile(profiles, 'New profile');
      return commit(next, next[next.length - 1]!.id, 'Created a new profile.');
    }),
    duplicate: () => guard(() => {
      const next = duplicateProfile(profiles, selectedId);
      return commit(next, next[next.length - 1]!.id, 'Duplicated.');
    }),
    rename: (label) => guard(() => commit(renameProfile(profiles, selectedId, label), selectedId, 'Renamed.')),
    remove: () => guard(() => {
      const next = deleteProfile(profiles, selectedId);
      return commit(next, next[0]!.id, 'Deleted.');
    }),
    importFile: (file) =>
      void file.text().then((text) => {
        const result = parseImport(text, profiles);
        if (!result.ok) return setMessage({ kind: 'error', text: `Import failed, nothing was changed: ${result.error}` });
        const next = [...profiles, ...result.value];
        return commit(next, result.value[0]!.id, `Imported ${result.value.length} profile${result.value.length > 1 ? 's' : ''}.`);
      }),
    exportProfile: (format) => {
      const current = profiles.find((p) => p.id === selectedId);
      if (!current) return;
      if (format === 'json-resume') download(`${current.id}.resume.json`, exportJsonResume(current));
      else download(`${current.id}.applyfill.json`, exportProfile(current));
    },
    exportAll: () => download('applyfill-profiles.json', exportBundle(profiles)),
    replaceResume: (file) => {
      const problem = checkResumeFile(file);
      if (problem) return setMessage({ kind: 'error', text: problem });
      void file.arrayBuffer().then(async (buffer) => {
        const storageKey = `resume:${selectedId}:${Date.now()}`;
        try {
          await writeStoredFile(storageKey, { name: file.name, type: file.type || 'application/pdf', bytes: new Uint8Array(buffer) });
        } catch (error) {
          return setMessage({ kind: 'error', text: `The file could not be stored (${(error as Error).message}); nothing was changed.` });
        }
        actions.change(['documents', 'resume'], { name: file.name, type: file.type || 'application/pdf', size: file.size, storageKey });
        setMessage({ kind: 'ok', text: `${file.name} attached; press Save to keep it.` });
      });
    },
    removeResume: () => actions.change(['documents', 'resume'], undefined),
  };

  return { data: { profiles, selectedId, draft, errors, dirty, message, problems }, actions };
}
