/**
 * Rule 8: learners keep access to the course for 6 months after the session ends; then their
 * contact data is removed. Names and attendance, the evidence of the training, are kept for the
 * evidence period, then participants become numbered entries. The periods are atelier.yaml's `retention`.
 */
import type { Retention } from './config';
import { addMonths } from './records';

/** Months of access after a session's last day. */
export const ACCESS_MONTHS = 6;

/** The day learners' access ends, from the session's last day. */
export function accessEnds(lastDay: string): string {
  return addMonths(lastDay, ACCESS_MONTHS);
}

/** What a purge removes: contact data (email, phone, function…), or the names too (evidence period over). */
export type PurgeStage = 'contact' | 'evidence';

/** The day each stage is due, from the session's last day. */
export function purgeDue(lastDay: string, retention: Retention, stage: PurgeStage): string {
  return stage === 'contact'
    ? addMonths(lastDay, retention.contact_months)
    : addMonths(lastDay, 12 * retention.evidence_years);
}

/** The next purge stage a session has not had, with its due day: a stage is done when `purged_on` is on or after it. */
export function nextPurge(
  lastDay: string,
  purgedOn: string | undefined,
  retention: Retention,
): { stage: PurgeStage; due: string } | undefined {
  for (const stage of ['contact', 'evidence'] as const) {
    const due = purgeDue(lastDay, retention, stage);
    if (!purgedOn || purgedOn < due) return { stage, due };
  }
  return undefined;
}

/** The stage a purge applies today, if any: the evidence stage (names too) once due, else the contact stage. */
export function purgeToday(
  lastDay: string,
  purgedOn: string | undefined,
  retention: Retention,
  today: string,
): PurgeStage | undefined {
  for (const stage of ['evidence', 'contact'] as const) {
    const due = purgeDue(lastDay, retention, stage);
    if (today >= due) return !purgedOn || purgedOn < due ? stage : undefined;
  }
  return undefined;
}

/** The last purge stage a session has had, from its `purged_on`: what its records no longer hold. */
export function purgedStage(
  lastDay: string,
  purgedOn: string | undefined,
  retention: Retention,
): PurgeStage | undefined {
  if (!purgedOn) return undefined;
  return purgedOn >= purgeDue(lastDay, retention, 'evidence') ? 'evidence' : 'contact';
}
