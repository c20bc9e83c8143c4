/** Problems: the workspace's diagnostics, as rows that open the file at the line (like Fava's errors page). */
import type { Workspace } from '../workspace';
import type { ProblemsSection } from './model';

export function problemsSection(ws: Workspace, limit: number): ProblemsSection {
  const all = ws.diagnostics();
  const count = (s: string) => all.filter((d) => d.severity === s).length;
  const rows = all.slice(0, limit).map((d) => ({
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
  }));
  return {
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    rows: { count: all.length, items: rows },
  };
}
