// The application statuses of a saved posting, without zod (the side panel's first screen shows them before
// the record schemas are loaded). records.ts builds PostingStatusSchema from this list.

export const POSTING_STATUSES = ['saved', 'applied', 'interviewing', 'offer', 'rejected', 'ghosted'] as const;
export type PostingStatus = (typeof POSTING_STATUSES)[number];
