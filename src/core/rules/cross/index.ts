/** Every rule that looks across records. */
import { hoursMismatch } from './hoursMismatch';
import { missionClose } from './missionClose';
import { missionPlanning } from './missionPlanning';
import { programmeCapacity } from './programmeCapacity';
import { programmeSheet } from './programmeSheet';
import { references } from './references';
import { retributions } from './retributions';
import type { CrossRule } from './types';
import { uniqueIds } from './uniqueIds';

export const crossRules: readonly CrossRule[] = [
  uniqueIds,
  references,
  programmeCapacity,
  programmeSheet,
  missionPlanning,
  hoursMismatch,
  retributions,
  missionClose,
];
