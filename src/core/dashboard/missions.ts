/** Missions: ordered vs planned vs done, retributions that can be requested, missions ready to close. */
import { spanOf, type RecordFacts } from '../figures/facts';
import { paymentState } from '../figures/retributions';
import type { MissionStat } from '../figures/stats';
import { text } from '../records';
import type { Links } from './links';
import {
  listing,
  type KindFigures,
  type Limits,
  type Link,
  type MissionRow,
  type MissionsSection,
  type RetributionRow,
} from './model';
import type { Scope } from './scope';

export interface MissionInput {
  stats: readonly MissionStat[];
  sessions: readonly RecordFacts[];
  links: Links;
  scope: Scope;
  today: string;
  limits: Limits;
}

export function missionsSection({ stats, sessions, links, scope, today, limits }: MissionInput): MissionsSection {
  const kept = stats.filter((m) => scope.matches(m.id));
  const link = (m: MissionStat): Link => links.get(m.id) ?? { id: m.id, path: m.path, label: m.id };
  // Each mission's sessions (cancelled ones left out, as in the figures), soonest first.
  const own = new Map<string, RecordFacts[]>();
  for (const s of sessions) {
    const mission = text(s.data.mission);
    if (mission && s.data.status !== 'cancelled') (own.get(mission) ?? own.set(mission, []).get(mission)!).push(s);
  }
  const first = (s: RecordFacts) => spanOf(s.data)?.first ?? '';
  for (const mine of own.values())
    mine.sort((a, b) => (first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : a.id < b.id ? -1 : 1));
  const sessionLinks = (mission: string, keep: (s: RecordFacts) => boolean): Link[] =>
    (own.get(mission) ?? []).filter(keep).flatMap((s) => links.get(s.id) ?? []);
  const ofKind = (kind: string) => (s: RecordFacts) => (text(s.data.kind) ?? 'unknown') === kind;

  // Open missions first: they are the ones that need something.
  const list: MissionRow[] = [...kept]
    .sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed') || (a.id < b.id ? -1 : 1))
    .map((m) => ({
      ...link(m),
      status: m.status,
      client: links.get(m.client),
      ordered: m.ordered,
      planned: m.planned,
      done: m.done,
      by_kind: m.by_kind.map((k) => ({ ...k, sessions: listing(sessionLinks(m.id, ofKind(k.kind)), limits.links) })),
      done_sessions: listing(
        sessionLinks(m.id, (s) => s.data.status === 'done'),
        limits.links,
      ),
    }));

  const kinds = new Map<string, KindFigures & { missions: Link[]; sessions: Link[] }>();
  for (const m of list) {
    for (const k of m.by_kind) {
      const row =
        kinds.get(k.kind) ??
        kinds.set(k.kind, { kind: k.kind, ordered: 0, planned: 0, done: 0, missions: [], sessions: [] }).get(k.kind)!;
      row.ordered += k.ordered;
      row.planned += k.planned;
      row.done += k.done;
      row.missions.push({ id: m.id, path: m.path, label: m.label });
      row.sessions.push(...sessionLinks(m.id, ofKind(k.kind)));
    }
  }

  const retributions: RetributionRow[] = [];
  const ready_to_close: (Link & { sessions: number })[] = [];
  for (const m of list) {
    if (m.status === 'closed') continue;
    const mine = own.get(m.id) ?? [];
    const pay = paymentState(links.data(m.id) ?? {}, mine, today);
    if (pay.unrequested.length) {
      const mission = { id: m.id, path: m.path, label: m.label };
      const ended = pay.unrequested.flatMap((id) => links.get(id) ?? []);
      retributions.push({
        mission,
        sessions: listing(ended, limits.links),
        now: !pay.requested_this_month,
        from: pay.next_request_on,
      });
    }
    if (pay.ready_to_close) ready_to_close.push({ id: m.id, path: m.path, label: m.label, sessions: mine.length });
  }
  return {
    list: listing(list, limits.list),
    by_kind: [...kinds.values()].map((k) => ({
      ...k,
      missions: listing(k.missions, limits.links),
      sessions: listing(k.sessions, limits.links),
    })),
    // Those that can be requested now first.
    retributions: listing(
      retributions.sort((a, b) => Number(b.now) - Number(a.now)),
      limits.list,
    ),
    ready_to_close: listing(ready_to_close, limits.list),
  };
}
