/** The Node API (dist/atelier.js): the core plus disk access, for scripts, benchmarks and tests. */
export { loadWorkspace, type LoadOptions } from './loadWorkspace';
export { nodeWorkspaceFiles } from './nodeFiles';
export { reviewWorkspace } from './review';
export { Workspace } from '../core/workspace';
export { analyzeRecordFile } from '../core/analyze';
export { fixedClock } from '../core/host';
export { defaultConfig } from '../core/config';
export { computeDashboard } from '../core/dashboard/dashboard';
export { dashboardPage } from '../core/dashboard/page';
