import { getIn, pathKey, type Path } from '../../lib/profile/path-access';
import { FieldInput } from './field-input';
import { sectionId, type SectionSpec } from './field-specs';
import { moveItem, useItemKeys } from './item-keys';

interface Props {
  spec: SectionSpec;
  profile: unknown;
  errors: Readonly<Record<string, string>>;
  onChange: (path: Path, value: unknown) => void;
}

function Fields({ spec, base, profile, errors, onChange }: Omit<Props, 'spec'> & { spec: SectionSpec; base: Path }) {
  return (
    <>
      {spec.fields.map((field) => {
        const path = [...base, ...field.key.split('.')];
        const key = pathKey(path);
        // Keyed by the field within its item: an item that moves keeps its inputs (and the focus in one).
        return <FieldInput key={field.key} spec={field} id={`f-${key}`} value={getIn(profile, path)} error={errors[key]} onChange={(v) => onChange(path, v)} />;
      })}
    </>
  );
}

/** A section of the profile: plain fields, or a list of items that can be added, removed and reordered. */
export function SectionEditor({ spec, profile, errors, onChange }: Props) {
  const sectionError = errors[pathKey(spec.path)];
  const items = (spec.list && (getIn(profile, spec.path) as unknown[] | undefined)) || [];
  const itemKeys = useItemKeys(items.length);
  if (!spec.list) {
    return (
      <fieldset class="section" id={sectionId(spec)}>
        <legend>{spec.title}</legend>
        <Fields spec={spec} base={spec.path} profile={profile} errors={errors} onChange={onChange} />
      </fieldset>
    );
  }
  const move = (from: number, to: number) => {
    itemKeys.moved(from, to);
    onChange(spec.path, moveItem(items, from, to));
  };
  const remove = (at: number) => {
    itemKeys.removed(at);
    onChange(spec.path, items.filter((_, i) => i !== at));
  };
  const add = () => {
    itemKeys.added();
    onChange(spec.path, [...items, structuredClone(spec.list!.blank)]);
  };
  return (
    <fieldset class="section" id={sectionId(spec)}>
      <legend>
        {spec.title} ({items.length})
      </legend>
      {sectionError && <span class="error" role="alert">{sectionError}</span>}
      {items.map((_, i) => (
        <div class="item" key={itemKeys.keys[i]}>
          <div class="item-actions">
            <span>
              {spec.list!.itemLabel} {i + 1}
            </span>
            <button type="button" disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move ${spec.list!.itemLabel} ${i + 1} up`}>
              ↑
            </button>
            <button type="button" disabled={i === items.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move ${spec.list!.itemLabel} ${i + 1} down`}>
              ↓
            </button>
            <button type="button" onClick={() => remove(i)} aria-label={`Remove ${spec.list!.itemLabel} ${i + 1}`}>
              Remove
            </button>
          </div>
          <Fields spec={spec} base={[...spec.path, i]} profile={profile} errors={errors} onChange={onChange} />
        </div>
      ))}
      <button type="button" onClick={add}>
        Add {spec.list.itemLabel}
      </button>
    </fieldset>
  );
}
