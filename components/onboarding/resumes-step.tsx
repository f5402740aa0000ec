export interface ResumeChoice {
  id: string;
  label: string;
  headline: string;
  positions: number;
  keep: boolean;
  /** The attached PDF's name, if any. */
  file: string;
}

interface Props {
  resumes: readonly ResumeChoice[];
  onKeep: (id: string, keep: boolean) => void;
  onAttach: (id: string, file: File) => void;
  onImport: (file: File) => void;
  onContinue: () => void;
  onBack: () => void;
}

function FilePick({ label, accept, onFile, testId }: { label: string; accept: string; onFile: (f: File) => void; testId: string }) {
  return (
    <label class="file-button">
      {label}
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = '';
        }}
      />
    </label>
  );
}

/** Step 2: your résumés: keep a shipped one, import your own, attach a PDF to each. */
export function ResumesStep({ resumes, onKeep, onAttach, onImport, onContinue, onBack }: Props) {
  const kept = resumes.filter((r) => r.keep).length;
  return (
    <section class="step" aria-labelledby="step-resumes">
      <h2 id="step-resumes">Your résumés</h2>
      <p class="muted">Each profile is one résumé; switching profile in the popup changes the résumé, never who you are.</p>
      <ul class="resume-cards">
        {resumes.map((r) => (
          <li key={r.id} class="resume-card" data-resume-id={r.id}>
            <label class="keep">
              <input type="checkbox" checked={r.keep} onChange={(e) => onKeep(r.id, e.currentTarget.checked)} />
              Keep <strong>{r.label}</strong>
            </label>
            <p class="muted">
              {r.headline || 'No headline'} · {r.positions} position{r.positions === 1 ? '' : 's'}
            </p>
            <p>{r.file ? `Résumé file: ${r.file}` : 'No résumé file yet.'}</p>
            <FilePick label={r.file ? 'Replace PDF…' : 'Attach PDF…'} accept="application/pdf,.pdf" testId={`attach-${r.id}`} onFile={(f) => onAttach(r.id, f)} />
          </li>
        ))}
      </ul>
      <p>
        <FilePick label="Import a JSON Resume or Applyfill file…" accept=".json,application/json" testId="onboarding-import" onFile={onImport} />
      </p>
      <div class="step-buttons">
        <button type="button" onClick={onBack}>
          Back
        </button>
        <button type="button" class="primary" onClick={onContinue} disabled={kept === 0}>
          Continue
        </button>
        {kept === 0 && <span class="error">Keep at least one résumé.</span>}
      </div>
    </section>
  );
}
