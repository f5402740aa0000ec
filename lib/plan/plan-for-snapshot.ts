import type { PageSnapshot } from '../page/analyze-page';
import type { Profile } from '../profile/profile-schema';
import { buildPlan, replanFields, type PlanInput } from './build-plan';
import type { FillPlan, PlanEdits } from './fill-plan';

const inputFor = (snapshot: PageSnapshot, profile: Profile): PlanInput => ({
  url: snapshot.url,
  ats: snapshot.ats,
  fields: snapshot.fields,
  classifications: snapshot.classifications,
  profile,
  company: snapshot.job.company,
});

// The plan without edits, per snapshot and profile (both replaced, never changed, when they change). The popup
// asks for it on every state change; on a 2,000-field form planning from scratch each time cost seconds.
const unedited = new WeakMap<PageSnapshot, WeakMap<Profile, FillPlan>>();

function planWithoutEdits(snapshot: PageSnapshot, profile: Profile): FillPlan {
  let perProfile = unedited.get(snapshot);
  if (!perProfile) unedited.set(snapshot, (perProfile = new WeakMap()));
  let plan = perProfile.get(profile);
  if (!plan) perProfile.set(profile, (plan = buildPlan(inputFor(snapshot, profile))));
  return plan;
}

/**
 * The plan for a page and a profile, with the review's edits. A step depends only on its own field and edit, so
 * only edited fields are planned again; the rest is the unedited plan's, shared (plans are never mutated).
 */
export function planForSnapshot(snapshot: PageSnapshot, profile: Profile, edits?: PlanEdits): FillPlan {
  const base = planWithoutEdits(snapshot, profile);
  const edited = edits ? Object.keys(edits) : [];
  return edited.length ? replanFields(base, { ...inputFor(snapshot, profile), edits: edits! }, edited) : base;
}
