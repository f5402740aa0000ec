import { APPLICATION_STATUSES, STATUS_LABELS } from '../../lib/log/log-entry';
import type { LogFilter } from '../../lib/log/log-filter';

interface Props {
  filter: LogFilter;
  profiles: { id: string; label: string }[];
  onFilter: (filter: LogFilter) => void;
}

/** Search by company or title, narrow by status and by profile. */
export function ApplicationsFilters({ filter, profiles, onFilter }: Props) {
  return (
    <div class="log-filters" role="search">
      <label>
        <span>Search</span>
        <input id="log-search" type="search" placeholder="Company or job title" value={filter.query} onInput={(e) => onFilter({ ...filter, query: e.currentTarget.value })} />
      </label>
      <label>
        <span>Status</span>
        <select id="log-status" value={filter.status} onChange={(e) => onFilter({ ...filter, status: e.currentTarget.value as LogFilter['status'] })}>
          <option value="all">Any status</option>
          {APPLICATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Profile</span>
        <select id="log-profile" value={filter.profile} onChange={(e) => onFilter({ ...filter, profile: e.currentTarget.value })}>
          <option value="all">Any profile</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
