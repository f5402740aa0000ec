import type { ClipboardFormat } from '../../lib/tailor/clipboard-format';
import type { TailorData } from '../../lib/tailor/tailor-data';
import type { BulletActions } from './bullet-row';
import { PositionCard } from './position-card';

// What the panel shows is derived in the pure core (lib/tailor/tailor-data.ts).
export type { TailorData };

export interface TailorActions extends BulletActions {
  readPage: () => void;
  setDescription: (text: string) => void;
  copyPosition: (positionKey: string) => void;
  copyResume: (format: ClipboardFormat) => void;
  fillInto: (fieldId: string, format: ClipboardFormat) => void;
  saveBack: () => void;
}

/** The tailoring workspace: the job's description, the profile's bullets ranked against it, picked and copied. */
export function TailorPanel({ data, actions }: { data: TailorData; actions: TailorActions }) {
  const anyChosen = data.positions.some((p) => p.bullets.some((b) => b.chosen));
  return (
    <div class="tailor">
      {(data.job.title || data.job.company) && (
        <p class="job">
          {data.job.title}
          {data.job.company ? ` · ${data.job.company}` : ''}
        </p>
      )}
      <label for="job-description">Job description</label>
      <textarea
        id="job-description"
        rows={4}
        value={data.description}
        placeholder="Paste the job description here"
        onInput={(e) => actions.setDescription(e.currentTarget.value)}
      />
      <div class="row">
        {data.canReadPage && (
          <button type="button" onClick={actions.readPage} disabled={data.source.status === 'reading'}>
            Read from page
          </button>
        )}
        {data.source.message && (
          <p class={data.source.status === 'failed' ? 'warn' : 'muted'} role="status">
            {data.source.message}
          </p>
        )}
      </div>
      {data.description.trim() && (
        <>
          <p class="terms">
            <strong>Job terms:</strong> {data.terms.join(', ') || 'none found'}
          </p>
          {data.missing.length > 0 && (
            <p class="missing-terms" data-testid="missing-terms">
              <strong>Not in your profile:</strong> {data.missing.join(', ')}
            </p>
          )}
        </>
      )}
      <div class="row tailor-actions">
        <button type="button" class="copy-resume" disabled={!anyChosen} onClick={() => actions.copyResume('text')}>
          Copy résumé
        </button>
        <button type="button" class="copy-resume-md" disabled={!anyChosen} onClick={() => actions.copyResume('markdown')}>
          Copy Markdown
        </button>
        <button type="button" class="save-back" disabled={!anyChosen} onClick={actions.saveBack}>
          Save to profile
        </button>
      </div>
      {data.textTargets.length > 0 && (
        <div class="row">
          <label for="fill-target">Put the tailored text into</label>
          <select id="fill-target" disabled={!anyChosen}>
            {data.textTargets.map((t) => (
              <option key={t.fieldId} value={t.fieldId}>
                {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="fill-into"
            disabled={!anyChosen}
            onClick={(e) => {
              const select = (e.currentTarget.parentElement as HTMLElement).querySelector('select')!;
              actions.fillInto(select.value, 'text');
            }}
          >
            Use
          </button>
        </div>
      )}
      {data.stale > 0 && <p class="warn">{data.stale} chosen bullet(s) changed in the profile since; pick them again.</p>}
      <p role="status" class="muted" data-testid="tailor-message">
        {data.message}
      </p>
      {data.positions.map((p) => (
        <PositionCard key={p.key} position={p} actions={actions} onCopy={() => actions.copyPosition(p.key)} />
      ))}
    </div>
  );
}
