import type { ComponentChildren } from 'preact';
import type { Path } from '../../lib/profile/path-access';
import type { Profile } from '../../lib/profile/profile-schema';
import { AnswerBankEditor } from './answer-bank-editor';
import { SECTION_SPECS, sectionId, type SectionSpec } from './field-specs';
import { OptionsNav, type NavGroup } from './options-nav';
import { ProfileToolbar, type ToolbarActions } from './profile-toolbar';
import { ResumeFile } from './resume-file';
import { SaveBar } from './save-bar';
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

/** A view another feature adds to the page (the answer bank, the application log): its own nav entry and panel. */
export interface ExtraView {
  id: string;
  title: string;
  content: ComponentChildren;
}

const YOU = SECTION_SPECS.filter((s) => s.group === 'you');
const RESUME = SECTION_SPECS.filter((s) => s.group === 'resume');
const RESUME_FILE_ID = 'resume-file';

function Notes({ notes, onDismiss }: { notes: readonly string[]; onDismiss: () => void }) {
  return (
    <section class="notes" aria-labelledby="notes-title">
      <h2 id="notes-title">Your details are now kept once, for every profile</h2>
      <p>Where your profiles held different values, the first one was kept. Not kept:</p>
      <ul>
        {notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}

function Sections({ specs, data, actions }: { specs: readonly SectionSpec[]; data: OptionsData; actions: OptionsActions }) {
  return (
    <>
      {specs.map((spec) => (
        <SectionEditor key={spec.title} spec={spec} profile={data.draft} errors={data.errors} onChange={actions.change} />
      ))}
    </>
  );
}

/** The options page: who you are (once), the résumé being edited, and views other features add. */
export function OptionsView({ data, actions, extraViews = [] }: { data: OptionsData; actions: OptionsActions; extraViews?: readonly ExtraView[] }) {
  const invalid = Object.keys(data.errors).length > 0;
  const selected = data.profiles.find((p) => p.id === data.selectedId);
  const nav: NavGroup[] = [
    { title: 'About you (every profile)', items: [...YOU.map((s) => ({ id: sectionId(s), title: s.title })), { id: 'answer-bank', title: 'Answer bank' }] },
    { title: `Résumé: ${selected?.label ?? ''}`, items: [...RESUME.map((s) => ({ id: sectionId(s), title: s.title })), { id: RESUME_FILE_ID, title: 'Résumé file' }] },
    ...(extraViews.length ? [{ title: 'More', items: extraViews.map((v) => ({ id: v.id, title: v.title })) }] : []),
  ];
  return (
    <div class="options-layout">
      <OptionsNav groups={nav} />
      <main>
        <h1>Applyfill profiles</h1>
        <p class="muted">Everything here stays in this browser. Applyfill fills forms only when you press Fill, and never submits.</p>
        {data.problems.map((p) => (
          <p class="error" role="alert" key={p}>
            {p}
          </p>
        ))}
        {data.notes.length > 0 && <Notes notes={data.notes} onDismiss={actions.dismissNotes} />}
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
            <SaveBar dirty={data.dirty} invalid={invalid} unsaved={data.unsaved} onRevert={actions.revert} />
            <h2 class="group-title">About you <span class="muted">· the same for every profile</span></h2>
            <Sections specs={YOU} data={data} actions={actions} />
            <AnswerBankEditor bank={data.draft.answerBank} onChange={actions.change} />
            <h2 class="group-title">Résumé <span class="muted">· “{selected?.label}”</span></h2>
            <Sections specs={RESUME} data={data} actions={actions} />
            <ResumeFile id={RESUME_FILE_ID} resume={data.draft.documents.resume} onReplace={actions.replaceResume} onRemove={actions.removeResume} />
          </form>
        )}
        {extraViews.map((v) => (
          <section key={v.id} id={v.id} class="extra-view" aria-label={v.title}>
            {v.content}
          </section>
        ))}
      </main>
    </div>
  );
}
