const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-03" → "Mar 2021", "2016" → "2016", "2023-11-23" → "Nov 2023": a CV shows months, not days. */
export function formatPartialDate(date: string): string {
  const [year, month] = date.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : (year ?? date);
}

/** "Mar 2021 – Dec 2023", "Mar 2021 – present", "Jun 2019" (same month twice), or "" without dates. */
export function formatDateRange(range: { start?: string; end?: string; current: boolean }): string {
  const start = range.start ? formatPartialDate(range.start) : '';
  const end = range.current ? 'present' : range.end ? formatPartialDate(range.end) : '';
  if (start && end && start !== end) return `${start} – ${end}`;
  return start || end;
}
