import type { Profile } from '../../lib/profile/profile-schema';
import { MAX_RESUME_BYTES } from '../../lib/profile/resume-limits';

const kb = (n: number) => `${Math.max(1, Math.round(n / 1024))} KB`;

/** The profile's résumé: name and size shown, replaceable, removable; the limit is stated up front. */
export function ResumeFile({ id, resume, onReplace, onRemove }: { id?: string; resume: Profile['documents']['resume']; onReplace: (f: File) => void; onRemove: () => void }) {
  return (
    <fieldset class="section" id={id}>
      <legend>Résumé file</legend>
      <p class="muted">PDF, DOC or DOCX up to {MAX_RESUME_BYTES / 1024 / 1024} MB, stored only in this browser.</p>
      {resume ? (
        <p data-testid="resume-name">
          {resume.name} ({kb(resume.size)})
        </p>
      ) : (
        <p class="muted">No résumé stored.</p>
      )}
      <label class="file-button">
        {resume ? 'Replace…' : 'Choose file…'}
        <input
          type="file"
          accept=".pdf,.doc,.docx,application/pdf"
          data-testid="resume-input"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onReplace(file);
            input.value = '';
          }}
        />
      </label>
      {resume && (
        <button type="button" onClick={onRemove}>
          Remove
        </button>
      )}
    </fieldset>
  );
}
