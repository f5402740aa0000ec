import { CONTACT_FIELDS, type ContactDraft, type ContactKey } from '../../lib/onboarding/onboarding-state';

interface Props {
  contact: ContactDraft;
  errors: Partial<Record<ContactKey, string>>;
  onField: (key: ContactKey, value: string) => void;
  onSubmit: () => void;
}

/** Step 1: who you are, once, for every résumé. */
export function ContactStep({ contact, errors, onField, onSubmit }: Props) {
  return (
    <form
      class="step"
      aria-labelledby="step-you"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="step-you">Who you are</h2>
      <p class="muted">Entered once, used with every résumé. It stays in this browser; a form gets it only when you press Fill.</p>
      <div class="contact-grid">
        {CONTACT_FIELDS.map((f) => (
          <div class="field" key={f.key}>
            <label for={`you-${f.key}`}>
              {f.label}
              {'required' in f ? '' : <span class="muted"> (optional)</span>}
            </label>
            <input
              id={`you-${f.key}`}
              type={('type' in f ? f.type : 'text') as 'text'}
              autoComplete={'autocomplete' in f ? f.autocomplete : 'url'}
              value={contact[f.key]}
              aria-invalid={errors[f.key] ? true : undefined}
              aria-describedby={errors[f.key] ? `you-${f.key}-error` : undefined}
              placeholder={'placeholder' in f ? f.placeholder : undefined}
              onInput={(e) => onField(f.key, e.currentTarget.value)}
            />
            {errors[f.key] && (
              <p class="error" id={`you-${f.key}-error`} role="alert">
                {errors[f.key]}
              </p>
            )}
          </div>
        ))}
      </div>
      <button type="submit" class="primary">
        Save and continue
      </button>
    </form>
  );
}
