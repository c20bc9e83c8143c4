/** The review of a change against a base revision: the API the CLI and the editor use. */
export { historyNeeds, historyFacts } from './history';
export { mergeReview } from './merge';
export { readRecord, RecordReader, type ReadRecord } from './record';
export { reviewChanges, type ChangeKind, type RecordReview, type ReviewResult } from './review';
export { pairRenames } from './renames';
export type { ChangeNote } from './summary';
export type { ChangedFile, CommittedVersion, HistoryNeeds, ReviewWorld } from './types';
export { workspaceWorld } from './world';
export { dayInZone } from './dates';
