import type { Path } from '../../lib/profile/path-access';
import type { Profile } from '../../lib/profile/profile-schema';
import { AnswerBankEditor } from './answer-bank-editor';
import { SECTION_SPECS } from './field-specs';
import { ProfileToolbar, type ToolbarActions } from './profile-toolbar';
import { ResumeFile } from './resume-file';
import { SectionEditor } from './section-editor';

export interface OptionsData {
  profiles: { id: string; label: string }[];
  selectedId: string;
  draft: Profile | null;
  errors: Record<string, string>;
  dirty: boolean;
  /** Labels of profiles with unsaved edits (edits are kept across switching; Save stores them all). */
  unsaved: string[];
  /** The outcome of the last operation: saved, imported, or what went wrong (naming the path and the problem). */
  message: { kind: 'ok' | 'error'; text: string } | null;
  problems: string[];
  /** Values the move to one identity (or an import) did not keep: listed until dismissed. */
  notes: string[];
}

export interface OptionsActions extends ToolbarActions {
  change: (path: Path, value: unknown) => void;
  save: () => void;
  revert: () => void;
  replaceResume: (file: File) => void;
  removeResume: () => void;
  dismissNotes: () => void;
}

export function OptionsView({ data, actions }: { data: OptionsData; actions: OptionsActions }) {
  const invalid = Object.keys(data.errors).length > 0;
  return (
    <main>
      <h1>Applyfill profiles</h1>
      <p class="muted">Everything here stays in this browser. Applyfill fills forms only when you press Fill, and never submits.</p>
      {data.problems.map((p) => (
        <p class="error" role="alert" key={p}>
          {p}
        </p>
      ))}
      {data.notes.length > 0 && (
        <section class="notes" aria-labelledby="notes-title">
          <h2 id="notes-title">Your details are now kept once, for every profile</h2>
          <p>Where your profiles held different values, the first one was kept. Not kept:</p>
          <ul>
            {data.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={actions.dismissNotes}>
            Got it
          </button>
        </section>
      )}
      <ProfileToolbar profiles={data.profiles} selectedId={data.selectedId} actions={actions} />
      {data.message && (
        <p class={data.message.kind === 'error' ? 'error message' : 'ok message'} role={data.message.kind === 'error' ? 'alert' : 'status'} data-testid="options-message">
          {data.message.text}
        </p>
      )}
      {data.draft && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            actions.save();
          }}
        >
          <div class="save-bar">
            <button type="submit" disabled={!data.dirty || invalid}>
              Save
            </button>
            <button type="button" disabled={!data.dirty} onClick={actions.revert}>
              Revert
            </button>
            {invalid && <span class="error">Fix the fields marked below to save.</span>}
          </div>
          {SECTION_SPECS.map((spec) => (
            <SectionEditor key={spec.title} spec={spec} profile={data.draft} errors={data.errors} onChange={actions.change} />
          ))}
          <AnswerBankEditor bank={data.draft.answerBank} onChange={actions.change} />
          <ResumeFile resume={data.draft.documents.resume} onReplace={actions.replaceResume} onRemove={actions.removeResume} />
        </form>
      )}
    </main>
  );
}
