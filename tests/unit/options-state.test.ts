import { describe, expect, it } from 'vitest';
import * as opts from '../../lib/options/options-state';
import { shippedData } from '../../lib/profile/shipped-profiles';

const data = shippedData();
const [a, b] = data.resumes;
const start = () => opts.loaded(opts.initialOptionsState, data, a!.id, [], []);

describe('options state (pure)', () => {
  it('edits survive switching profile and back; the identity edit shows in every profile', () => {
    let s = opts.change(start(), ['identity', 'email'], 'ada@example.org');
    s = opts.change(s, ['headline'], 'Edited headline');
    s = opts.select(s, b!.id);
    expect(opts.editedProfile(s)!.identity.email).toBe('ada@example.org');
    expect(opts.editedProfile(s)!.headline).toBe(b!.headline);
    s = opts.select(s, a!.id);
    expect(opts.editedProfile(s)!.headline).toBe('Edited headline');
    expect(opts.isDirty(s)).toBe(true);
    expect(opts.unsavedProfiles(s)).toEqual([a!.label]);
  });

  it('renaming stores the new name at once and keeps the unsaved edits as they were', () => {
    let s = opts.change(start(), ['summary'], 'Unsaved summary');
    const out = opts.rename(s, 'Rust roles');
    expect(out.store!.resumes.find((r) => r.id === a!.id)).toMatchObject({ label: 'Rust roles', summary: a!.summary });
    s = out.state;
    expect(opts.editedProfile(s)).toMatchObject({ label: 'Rust roles', summary: 'Unsaved summary' });
    expect(opts.isDirty(s)).toBe(true);
  });

  it('create, duplicate and delete are stored at once and never drop the draft of another profile', () => {
    let s = opts.change(start(), ['headline'], 'Draft A');
    s = opts.create(s).state;
    expect(s.draft!.resumes).toHaveLength(3);
    s = opts.remove(s).state;
    expect(s.draft!.resumes.map((r) => r.id)).toEqual([a!.id, b!.id]);
    expect(s.draft!.resumes[0]!.headline).toBe('Draft A');
    s = opts.select(s, a!.id);
    const dup = opts.duplicate(s);
    expect(dup.store!.resumes.at(-1)!.headline).toBe('Draft A');
    expect(opts.remove(opts.remove(opts.select(dup.state, b!.id)).state).state.message).toMatchObject({ kind: 'ok' });
  });

  it('save refuses while any profile has an invalid field, naming which; stores everything when valid', () => {
    let s = opts.change(start(), ['identity', 'email'], 'not an email');
    expect(opts.fieldErrors(s)['identity.email']).toBeTruthy();
    expect(opts.save(s)).toEqual({ state: expect.objectContaining({ message: { kind: 'error', text: expect.stringMatching(/nothing was saved/) } }) });
    s = opts.change(s, ['identity', 'email'], 'ada@example.org');
    const out = opts.save(s);
    expect(out.store!.identity.contact.email).toBe('ada@example.org');
    expect(opts.isDirty(out.state)).toBe(false);
  });

  it('revert goes back to what is stored', () => {
    const s = opts.revert(opts.change(start(), ['headline'], 'x'));
    expect(opts.isDirty(s)).toBe(false);
  });

  it('an import adds its résumés and fills only the empty parts of the identity, listing what differed', () => {
    const s = opts.change(start(), ['identity', 'firstName'], 'Ada');
    const imported = { identity: { ...data.identity, contact: { ...data.identity.contact, firstName: 'Augusta', email: 'a@example.org' } }, resumes: [{ ...a!, id: 'imp', label: 'Imported' }], conflicts: [] };
    const out = opts.imported(s, imported, 'cv.json');
    expect(out.state.selectedId).toBe('imp');
    expect(opts.editedProfile(out.state)!.identity).toMatchObject({ firstName: 'Ada', email: 'a@example.org' });
    expect(out.store!.identity.contact).toMatchObject({ firstName: 'Augusta', email: 'a@example.org' });
  });
});
