/** Every rule checked from one record alone, in report order. */
import type { FileRule } from '../types';
import { attendance } from './attendance';
import { capacity } from './capacity';
import { derivedTotals } from './derivedTotals';
import { duplicateParticipants } from './duplicateParticipants';
import { lateParticipants } from './lateParticipants';
import { participantGroups } from './participantGroups';
import { quoteApprovals } from './quoteApprovals';
import { quoteDates } from './quoteDates';
import { quoteProof } from './quoteProof';
import { retributionMonthly } from './retributionMonthly';
import { sessionStatus } from './sessionStatus';
import { slotOrder } from './slotOrder';
import { templatePlaceholders } from './templatePlaceholders';
import { vatRate } from './vatRate';

export const fileRules: readonly FileRule[] = [
  capacity,
  lateParticipants,
  duplicateParticipants,
  slotOrder,
  attendance,
  sessionStatus,
  derivedTotals,
  vatRate,
  quoteProof,
  quoteApprovals,
  quoteDates,
  retributionMonthly,
  participantGroups,
  templatePlaceholders,
];
