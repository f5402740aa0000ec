/** Field ids of "+ Add" buttons start with this. */
export const ADD_ENTRY_PREFIX = 'add:';
/** A "+ Add" button's field id: the review keeps its tick as an opt-in (off unless ticked). */
export const isAddEntryId = (fieldId: string): boolean => fieldId.startsWith(ADD_ENTRY_PREFIX);

/**
 * Whether a field is in the fill given the person's tick (undefined: never touched): a "+ Add" entry changes the
 * form's shape, so it is in only when ticked; every other field is in unless unticked. The one rule the review, the
 * stored edits and the plan share.
 */
export const isTicked = (fieldId: string, enabled: boolean | undefined): boolean => (isAddEntryId(fieldId) ? enabled === true : enabled !== false);
