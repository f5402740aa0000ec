import type { SelfIdAnswer } from '../../lib/profile/profile-schema';
import { completeUrl } from '../../lib/profile/complete-url';
import type { FieldSpec } from './field-specs';

interface Props {
  spec: FieldSpec;
  id: string;
  value: unknown;
  error: string | undefined;
  onChange: (next: unknown) => void;
}

const asText = (v: unknown) => (typeof v === 'string' ? v : '');
const asList = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

function SelfIdInput({ id, value, onChange }: { id: string; value: SelfIdAnswer; onChange: (next: SelfIdAnswer) => void }) {
  return (
    <span class="self-id">
      <select id={id} value={value.kind} onChange={(e) => {
        const kind = (e.currentTarget).value as SelfIdAnswer['kind'];
        onChange(kind === 'answer' ? { kind, value: value.kind === 'answer' ? value.value : '' } : { kind });
      }}>
        <option value="unset">Not stored (never filled)</option>
        <option value="decline">Decline to self-identify</option>
        <option value="answer">My answer…</option>
      </select>
      {value.kind === 'answer' && (
        <input aria-label="Your answer" value={value.value} onInput={(e) => onChange({ kind: 'answer', value: (e.currentTarget).value })} />
      )}
    </span>
  );
}

function Control({ spec, id, value, onChange }: Omit<Props, 'error'>) {
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  switch (spec.type ?? 'text') {
    case 'textarea':
      return <textarea id={id} rows={4} value={asText(value)} onInput={(e) => onChange(text(e))} />;
    case 'lines':
      return <textarea id={id} rows={6} value={asList(value).join('\n')} onInput={(e) => onChange(text(e).split('\n').filter((l) => l.trim()))} />;
    case 'csv':
      return <input id={id} value={asList(value).join(', ')} onChange={(e) => onChange(text(e).split(',').map((s) => s.trim()).filter(Boolean))} />;
    case 'checkbox':
      return <input id={id} type="checkbox" checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'url':
      // `linkedin.com/in/x` becomes `https://linkedin.com/in/x` when the person leaves the field.
      return (
        <input
          id={id}
          type="url"
          value={asText(value)}
          placeholder="https://…"
          onInput={(e) => onChange(text(e))}
          onBlur={(e) => {
            const done = completeUrl(text(e));
            if (done !== asText(value)) onChange(done);
          }}
        />
      );
    case 'date':
      return <input id={id} value={asText(value)} placeholder={spec.hint} onInput={(e) => onChange(text(e) || undefined)} />;
    case 'choice':
      return (
        <select id={id} value={asText(value)} onChange={(e) => onChange((e.currentTarget).value)}>
          {(spec.choices ?? []).map((c) => (
            <option key={c} value={c}>
              {c === 'unset' ? 'Not stored' : c}
            </option>
          ))}
        </select>
      );
    case 'self-id':
      return <SelfIdInput id={id} value={(value as SelfIdAnswer | undefined) ?? { kind: 'unset' }} onChange={onChange} />;
    default:
      return <input id={id} value={asText(value)} onInput={(e) => onChange(text(e))} />;
  }
}

/** One labelled field with its validation message right next to it. */
export function FieldInput({ spec, id, value, error, onChange }: Props) {
  const errorId = `${id}-error`;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{spec.label}</label>
      <Control spec={spec} id={id} value={value} onChange={onChange} />
      {error && (
        <span id={errorId} class="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
