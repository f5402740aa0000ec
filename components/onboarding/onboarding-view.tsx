import type { ContactDraft, ContactKey, OnboardingStep } from '../../lib/onboarding/onboarding-state';
import { ContactStep } from './contact-step';
import { ResumesStep, type ResumeChoice } from './resumes-step';

export interface OnboardingData {
  step: OnboardingStep;
  contact: ContactDraft;
  errors: Partial<Record<ContactKey, string>>;
  resumes: ResumeChoice[];
  message: { kind: 'ok' | 'error'; text: string } | null;
}

export interface OnboardingActions {
  setField: (key: ContactKey, value: string) => void;
  submitContact: () => void;
  keep: (id: string, keep: boolean) => void;
  attach: (id: string, file: File) => void;
  importFile: (file: File) => void;
  finishResumes: () => void;
  goTo: (step: OnboardingStep) => void;
  openOptions: () => void;
}

const STEPS: [OnboardingStep, string][] = [
  ['you', 'Who you are'],
  ['resumes', 'Your résumés'],
  ['done', 'Fill'],
];

/** First run: who you are (once), your résumés, then "open an application and press Fill". */
export function OnboardingView({ data, actions }: { data: OnboardingData; actions: OnboardingActions }) {
  const at = STEPS.findIndex(([s]) => s === data.step);
  return (
    <main class="onboarding">
      <header>
        <h1>
          <img src="/icon/48.png" alt="" width={32} height={32} />
          Welcome to Applyfill
        </h1>
        <ol class="steps" aria-label="Setup steps">
          {STEPS.map(([s, label], i) => (
            <li key={s} aria-current={s === data.step ? 'step' : undefined} class={i < at ? 'done' : ''}>
              {i + 1}. {label}
            </li>
          ))}
        </ol>
      </header>
      {data.message && (
        <p class={data.message.kind === 'error' ? 'error message' : 'ok message'} role={data.message.kind === 'error' ? 'alert' : 'status'} data-testid="onboarding-message">
          {data.message.text}
        </p>
      )}
      {data.step === 'you' && <ContactStep contact={data.contact} errors={data.errors} onField={actions.setField} onSubmit={actions.submitContact} />}
      {data.step === 'resumes' && (
        <ResumesStep
          resumes={data.resumes}
          onKeep={actions.keep}
          onAttach={actions.attach}
          onImport={actions.importFile}
          onContinue={actions.finishResumes}
          onBack={() => actions.goTo('you')}
        />
      )}
      {data.step === 'done' && (
        <section class="step" aria-labelledby="step-done">
          <h2 id="step-done">You are ready</h2>
          <p class="big">Open a job application (Greenhouse or Lever) and press <strong>Fill</strong> in the Applyfill button of the toolbar.</p>
          <p class="muted">
            You see every value before it goes in; fields Applyfill cannot answer are listed first, as “needs you”. Applyfill never submits an
            application and never sends your data anywhere.
          </p>
          <button type="button" onClick={actions.openOptions}>
            Edit everything in the options
          </button>
        </section>
      )}
    </main>
  );
}
