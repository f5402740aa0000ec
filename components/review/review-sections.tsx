import type { ReviewSection } from '../../lib/review/review-fields';
import { ReviewFieldRow, type ReviewFieldActions } from './review-field-row';

/** The review, section by section (Contact, Links, …), each open so nothing planned is out of sight. */
export function ReviewSections({ sections, actions }: { sections: readonly ReviewSection[]; actions: ReviewFieldActions }) {
  if (!sections.length) return <p class="muted">No fields this profile can answer on this page.</p>;
  return (
    <div class="review">
      {sections.map((s) => {
        const needsYou = s.fields.filter((f) => f.enabled && f.step.action === 'needs-you').length;
        return (
          <section key={s.name} aria-labelledby={`section-${s.name}`} data-section={s.name}>
            <h2 id={`section-${s.name}`}>
              {s.name}
              <span class="muted"> · {s.fields.length - needsYou} ready{needsYou ? `, ${needsYou} need you` : ''}</span>
            </h2>
            <ul class="review-list">
              {s.fields.map((f) => (
                <ReviewFieldRow key={f.step.fieldId} field={f} actions={actions} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
