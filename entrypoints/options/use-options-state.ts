import { useEffect, useRef, useState } from 'preact/hooks';
import type { OptionsActions, OptionsData } from '../../components/options/options-view';
import { deleteStoredFiles, writeStoredFile } from '../../lib/extension/file-store';
import { dismissIdentityNotes, loadProfileData, saveProfileData } from '../../lib/extension/profile-store';
import * as opts from '../../lib/options/options-state';
import { profileFor } from '../../lib/profile/combine-profile';
import { exportBundle, exportJsonResume, exportProfile, parseImport } from '../../lib/profile/profile-import';
import { fileKeysOf, newResumeFileKey } from '../../lib/profile/file-keys';
import { checkResumeFile } from '../../lib/profile/resume-limits';
import { download } from './download';

/** The options page's state (lib/options/options-state.ts) wired to storage: a list change is stored before it shows. */
export function useOptionsState(): { data: OptionsData; actions: OptionsActions } {
  const [state, setState] = useState<opts.OptionsState>(opts.initialOptionsState);
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    loadProfileData()
      .then((d) => setState((s) => opts.loaded(s, { identity: d.identity, resumes: d.resumes }, d.activeId, d.problems, d.notes)))
      .catch((error: Error) => setState((s) => ({ ...s, problems: [`Profiles could not be loaded: ${error.message}`] })));
  }, []);

  // Closing the tab with unsaved edits asks first (the browser shows its own "leave site?" question).
  const dirty = opts.isDirty(state);
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [dirty]);

  const run = (outcome: opts.Outcome) => {
    const base = current.current.saved;
    if (!outcome.store || !base) return setState(outcome.state);
    saveProfileData(outcome.store, base).then(
      (stored) => setState(opts.storedAs(outcome.state, stored)),
      (error: Error) => setState((s) => opts.withMessage(s, { kind: 'error', text: `Not saved: ${error.message}` })),
    );
  };
  // An upload not saved yet is this page's alone: replaced, removed or reverted before Save, its bytes go at once
  // (a saved one goes when the save that drops it is stored; one left by a closed tab, at the next start-up).
  const dropUnsaved = (keys: Iterable<string>) => {
    const saved = fileKeysOf(current.current.saved?.resumes ?? []);
    void deleteStoredFiles([...keys].filter((key) => !saved.has(key))).catch(() => undefined);
  };
  const draftFileKey = (id: string) => current.current.draft?.resumes.find((r) => r.id === id)?.documents.resume?.storageKey;
  const say = (kind: 'ok' | 'error', text: string) => setState((s) => opts.withMessage(s, { kind, text }));

  const actions: OptionsActions = {
    select: (id) => setState((s) => opts.select(s, id)),
    change: (path, value) => setState((s) => opts.change(s, path, value)),
    save: () => run(opts.save(current.current)),
    revert: () => {
      dropUnsaved(fileKeysOf(current.current.draft?.resumes ?? []));
      setState(opts.revert);
    },
    create: () => run(opts.create(current.current)),
    duplicate: () => run(opts.duplicate(current.current)),
    rename: (label) => run(opts.rename(current.current, label)),
    remove: () => run(opts.remove(current.current)),
    importFile: (file) =>
      void file.text().then((text) => {
        const result = parseImport(text, current.current.draft?.resumes ?? []);
        if (!result.ok) return say('error', `Import failed, nothing was changed: ${result.error}`);
        return run(opts.imported(current.current, result.value, file.name));
      }),
    exportProfile: (format) => {
      const { saved, selectedId } = current.current;
      const resume = saved?.resumes.find((p) => p.id === selectedId);
      if (!saved || !resume) return;
      const note = opts.isDirty(current.current) ? ' Unsaved changes are not in it.' : '';
      if (format === 'json-resume') {
        download(`${resume.id}.resume.json`, exportJsonResume(profileFor(saved.identity, resume)));
        say('ok', `Exported your details and “${resume.label}” as JSON Resume (${resume.id}.resume.json).${note}`);
      } else {
        download(`${resume.id}.applyfill.json`, exportProfile(saved.identity, resume));
        say('ok', `Exported your details and “${resume.label}” (${resume.id}.applyfill.json).${note}`);
      }
    },
    exportAll: () => {
      const { saved } = current.current;
      if (!saved) return;
      download('applyfill-profiles.json', exportBundle(saved));
      const n = saved.resumes.length;
      say('ok', `Exported your details and ${n} profile${n > 1 ? 's' : ''} (applyfill-profiles.json).${opts.isDirty(current.current) ? ' Unsaved changes are not in it.' : ''}`);
    },
    replaceResume: (file) => {
      const problem = checkResumeFile(file);
      if (problem) return say('error', problem);
      const owner = current.current.selectedId;
      void file.arrayBuffer().then(async (buffer) => {
        const storageKey = newResumeFileKey(owner);
        try {
          await writeStoredFile(storageKey, { name: file.name, type: file.type || 'application/pdf', bytes: new Uint8Array(buffer) });
        } catch (error) {
          return say('error', `The file could not be stored (${(error as Error).message}); nothing was changed.`);
        }
        dropUnsaved([draftFileKey(owner) ?? '']);
        actions.change(['documents', 'resume'], { name: file.name, type: file.type || 'application/pdf', size: file.size, storageKey });
        say('ok', `${file.name} attached; press Save to keep it.`);
      });
    },
    removeResume: () => {
      dropUnsaved([draftFileKey(current.current.selectedId) ?? '']);
      actions.change(['documents', 'resume'], undefined);
    },
    dismissNotes: () => void dismissIdentityNotes().then(() => setState((s) => ({ ...s, notes: [] }))),
  };

  const data: OptionsData = {
    profiles: state.draft?.resumes.map((r) => ({ id: r.id, label: r.label })) ?? [],
    selectedId: state.selectedId,
    draft: opts.editedProfile(state),
    errors: opts.fieldErrors(state),
    dirty,
    unsaved: opts.unsavedProfiles(state),
    message: state.message,
    problems: state.problems,
    notes: state.notes,
  };
  return { data, actions };
}
