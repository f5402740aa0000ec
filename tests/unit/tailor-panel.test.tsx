import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { TailorPanel, type TailorActions, type TailorData } from '../../components/tailor/tailor-panel';
import { profileSchema } from '../../lib/profile/profile-schema';
import { pickBullet } from '../../lib/tailor/bullet-choices';
import { rankProfile } from '../../lib/tailor/bullet-ranking';
import { profilePositions } from '../../lib/tailor/profile-bullets';
import { tailorPositions } from '../../lib/tailor/tailor-view';

const profile = profileSchema.parse({
  schemaVersion: 1,
  id: 'p',
  label: 'P',
  work: [
    { company: 'Acme', title: 'SRE', start: '2020-01', bullets: ['Ran Postgres backups', 'Operated k8s clusters for 40 services', 'Wrote the on-call handbook'] },
    { company: 'Beta', title: 'Engineer', start: '2018-01', end: '2019-12', bullets: ['Built a PHP shop'] },
  ],
});
const JOB = 'We run Kubernetes. Kubernetes clusters, Kubernetes operators, and PostgreSQL. Terraform too.';

function view(choicesFor = (ids: string[]) => ids) {
  const positions = profilePositions(profile);
  const ranking = rankProfile(JOB, profile);
  let choices = { positions: {} };
  for (const id of choicesFor([ranking.bullets[1]!.id])) choices = pickBullet(choices, ranking.bullets.find((b) => b.id === id)!);
  return tailorPositions(positions, ranking, choices);
}

const data = (over: Partial<TailorData> = {}): TailorData => ({
  source: { status: 'page', message: 'Read from the page.' },
  canReadPage: true,
  description: JOB,
  job: { title: 'SRE', company: 'Meshwork' },
  terms: ['Kubernetes', 'PostgreSQL'],
  missing: ['Terraform'],
  positions: view(),
  textTargets: [{ fieldId: '#cover', label: 'Cover letter' }],
  message: '',
  stale: 0,
  ...over,
});

function mount(d: TailorData) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions: TailorActions = {
    readPage: vi.fn(), setDescription: vi.fn(), copyPosition: vi.fn(), copyResume: vi.fn(), fillInto: vi.fn(), saveBack: vi.fn(),
    toggle: vi.fn(), move: vi.fn(), edit: vi.fn(), copyBullet: vi.fn(),
  };
  act(() => render(<TailorPanel data={d} actions={actions} />, root));
  return { root, actions };
}

describe('tailoring view model and panel', () => {
  it('orders positions by their best bullet; within one, chosen bullets first, then the rest by score', () => {
    const [acme, beta] = view();
    expect([acme!.label, beta!.label]).toEqual(['SRE · Acme', 'Engineer · Beta']);
    expect(acme!.bullets[0]!.chosen).toBe(true);
    expect(acme!.bullets.slice(1).every((b) => !b.chosen)).toBe(true);
    expect(acme!.bullets.slice(1).map((b) => b.score)).toEqual([...acme!.bullets.slice(1).map((b) => b.score)].sort((a, b) => b - a));
  });

  it('shows the job terms, what the profile lacks, each bullet with its matches, and acts on clicks', () => {
    const { root, actions } = mount(data());
    expect(root.querySelector('[data-testid=missing-terms]')!.textContent).toBe('Not in your profile: Terraform');
    const k8s = Array.from(root.querySelectorAll('.bullet')).find((li) => /k8s/.test(li.textContent ?? ''))!;
    expect(k8s.querySelector('.matched')!.textContent).toMatch(/^matches: .*k8s/);
    act(() => k8s.querySelector<HTMLButtonElement>('.copy-bullet')!.click());
    expect(actions.copyBullet).toHaveBeenCalledWith(expect.objectContaining({ text: 'Operated k8s clusters for 40 services' }));
    act(() => k8s.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
    expect(actions.toggle).toHaveBeenCalled();
    act(() => root.querySelector<HTMLButtonElement>('button.copy-resume-md')!.click());
    expect(actions.copyResume).toHaveBeenCalledWith('markdown');
    act(() => root.querySelector<HTMLButtonElement>('button.fill-into')!.click());
    expect(actions.fillInto).toHaveBeenCalledWith('#cover', 'text');
  });

  it('with nothing chosen, copying and saving back are disabled; a failed read says why', () => {
    const { root } = mount(data({ positions: view(() => []), source: { status: 'failed', message: 'This is an apply page; paste the description.' } }));
    expect(root.querySelector<HTMLButtonElement>('button.copy-resume')!.disabled).toBe(true);
    expect(root.querySelector<HTMLButtonElement>('button.save-back')!.disabled).toBe(true);
    expect(root.querySelector('.warn')!.textContent).toBe('This is an apply page; paste the description.');
  });
});
