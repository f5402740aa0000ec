import type { PageSnapshot } from '../page/analyze-page';
import type { Profile } from '../profile/profile-schema';
import { buildPlan } from './build-plan';
import type { FillPlan, PlanEdits } from './fill-plan';

export function planForSnapshot(snapshot: PageSnapshot, profile: Profile, edits?: PlanEdits): FillPlan {
  return buildPlan({
    url: snapshot.url,
    ats: snapshot.ats,
    fields: snapshot.fields,
    classifications: snapshot.classifications,
    profile,
    company: snapshot.job.company,
    ...(edits ? { edits } : {}),
  });
}
