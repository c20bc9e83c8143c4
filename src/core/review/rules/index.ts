/** The rules that compare a changed record with its past, in the order they report. */
import type { ReviewRule } from '../types';
import { lateParticipants } from './lateParticipants';
import { missionFrozen } from './missionFrozen';
import { plannedAhead } from './plannedAhead';
import { quoteFrozen } from './quoteFrozen';
import { retributions } from './retributions';
import { sentKept } from './sentKept';
import { slotsFrozen } from './slotsFrozen';

export const reviewRules: readonly ReviewRule[] = [
  missionFrozen,
  slotsFrozen,
  lateParticipants,
  plannedAhead,
  quoteFrozen,
  retributions,
  sentKept,
];
