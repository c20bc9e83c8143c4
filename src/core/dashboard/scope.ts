/**
 * Which records the filters keep. The period applies to what happened (quotes by date, sessions by
 * their days); programme and client apply everywhere, through references: a session's client is
 * its mission's, a mission's programmes are its quote's and its sessions'.
 */
import { date, text } from '../records';
import type { RecordFacts } from '../figures/facts';
import type { DashboardFilters } from './model';

interface Facets {
  programmes: Set<string>;
  client?: string;
}

export interface Scope {
  filters: DashboardFilters;
  /** True when the record with this id passes the programme and client filters. */
  matches(id: string): boolean;
  /** True when [first, last] meets the period (always true without a period). */
  inPeriod(first: string | null | undefined, last?: string | null): boolean;
}

export interface ScopeInput {
  quotes: readonly RecordFacts[];
  missions: readonly RecordFacts[];
  sessions: readonly RecordFacts[];
  programmeIds: ReadonlySet<string>;
  clientIds: ReadonlySet<string>;
}

/** Keeps well-formed dates and known ids only: a stale filter (a deleted client) must not empty the page. */
export function normalizeFilters(
  f: DashboardFilters,
  programmeIds: ReadonlySet<string>,
  clientIds: ReadonlySet<string>,
): DashboardFilters {
  const out: DashboardFilters = {};
  const from = date(f.from);
  const to = date(f.to);
  if (from) out.from = from;
  if (to) out.to = to;
  if (f.programme && programmeIds.has(f.programme)) out.programme = f.programme;
  if (f.client && clientIds.has(f.client)) out.client = f.client;
  return out;
}

export function makeScope(requested: DashboardFilters, input: ScopeInput): Scope {
  const filters = normalizeFilters(requested, input.programmeIds, input.clientIds);
  const facets = new Map<string, Facets>();
  const facet = (id: string) => facets.get(id) ?? facets.set(id, { programmes: new Set() }).get(id)!;
  const quoteProgramme = new Map<string, string>();
  for (const q of input.quotes) {
    const f = facet(q.id);
    const p = text(q.data.programme);
    if (p) {
      f.programmes.add(p);
      quoteProgramme.set(q.id, p);
    }
    f.client = text(q.data.client);
  }
  const missionClient = new Map<string, string | undefined>();
  for (const m of input.missions) {
    const f = facet(m.id);
    f.client = text(m.data.client);
    missionClient.set(m.id, f.client);
    const p = quoteProgramme.get(text(m.data.quote) ?? '');
    if (p) f.programmes.add(p);
  }
  for (const s of input.sessions) {
    const f = facet(s.id);
    const p = text(s.data.programme);
    const mission = text(s.data.mission);
    if (p) f.programmes.add(p);
    if (mission) {
      f.client = missionClient.get(mission);
      if (p && facets.has(mission)) facet(mission).programmes.add(p);
    }
  }
  const { from, to, programme, client } = filters;
  return {
    filters,
    matches(id) {
      if (!programme && !client) return true;
      const f = facets.get(id);
      return !!f && (!programme || f.programmes.has(programme)) && (!client || f.client === client);
    },
    inPeriod(first, last) {
      if (!from && !to) return true;
      if (!first) return false;
      return (!to || first <= to) && (!from || (last ?? first) >= from);
    },
  };
}
