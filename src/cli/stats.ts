/** `atelier stats`: the dashboard figures, as JSON (shared/format.md) or a terminal summary. */
import type { Stats } from '../core/figures/stats';
import type { Locale } from '../core/i18n/messages';

export function formatStatsJson(stats: Stats): string {
  return JSON.stringify(stats, null, 2) + '\n';
}

const money = (x: number, locale: Locale) => new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(x);
const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)} %`);

export function formatStatsText(stats: Stats, locale: Locale): string {
  const fr = locale === 'fr';
  const out: string[] = [];
  out.push(fr ? 'Devis' : 'Quotes');
  for (const q of stats.quotes) {
    const rec = q.recurring ? ` + ${money(q.recurring.total_ht, locale)} HT / ${fr ? (q.recurring.period === 'week' ? 'semaine' : 'mois') : q.recurring.period}` : '';
    out.push(`  ${(q.number ?? q.id).padEnd(14)} ${(q.status ?? '?').padEnd(10)} ${money(q.total_ht, locale)} HT${rec} · ${money(q.total_ttc, locale)} TTC`);
  }
  out.push('', fr ? 'Missions (planifié / commandé, réalisé)' : 'Missions (planned / ordered, done)');
  for (const m of stats.missions) out.push(`  ${m.id.padEnd(32)} ${(m.status ?? '?').padEnd(7)} ${m.planned} / ${m.ordered}, ${m.done}`);
  out.push('', fr ? 'Sessions (inscrit·es / capacité, présence)' : 'Sessions (participants / capacity, attendance)');
  for (const s of stats.sessions) out.push(`  ${s.id.padEnd(44)} ${(s.status ?? '?').padEnd(9)} ${s.participants} / ${s.capacity ?? '—'}  ${pct(s.attendance_rate)}`);
  return out.join('\n') + '\n';
}
