/**
 * The core's front door: what a host (the VS Code extension, the CLI, a browser) may use. A host
 * opens a `Workspace` with its file access and clock, feeds it changes, and asks it questions;
 * everything else here is a pure function of a workspace or a text. Modules behind this file are
 * the core's own business (a test checks the extension imports nothing else from the core).
 */

// The workspace and what a host gives it.
export { Workspace, type WorkspaceOptions } from './workspace';
export { systemClock, fixedClock, type Clock, type Logger, type WorkspaceFiles } from './host';
export { chunkedAnalyzer, type Analyzer } from './analyzer';
export { CONFIG_FILE, defaultConfig, type WorkspaceConfig } from './config';
export { idOfPath, type FileAnalysis } from './analyze';
export type { Diagnostic, Range, Severity } from './diagnostics';
export type { Locale } from './i18n/messages';
export { explanationPath, EXPLANATIONS_FOLDER } from './i18n/explanations';
export { localize } from './localize';

// Record data.
export type { RecordData } from './recordData';
export {
  isRecordType,
  personRoles,
  quoteStatuses,
  recordTypes,
  salesChannels,
  sessionKinds,
  type RecordType,
} from './schema/schemas';
export { isEmail } from './schema/formats';
export { knownRecordTypeOf, recordTypeOf } from './parse/recordType';
export { addDays, date as isDate, isObject, labelOf, list, slotsOf, text } from './records';

// Editor features: completion, hover, navigation, quick fixes.
export { completionsAt, type Completion } from './language/completions';
export { definitionAt, hoverAt, referencesTo, renameRecord } from './language/navigation';
export { tokenAt } from './language/tokenAt';
export { quickFixes } from './language/quickFixes';
export { applyEdits, type TextEdit } from './edit/textEdit';

// Commands that edit or create records.
export { addParticipantsEdit, attendanceEdit, statusEdit } from './commands/recordEdits';
export { nextStatuses } from './commands/statusFlow';
export { parseParticipants } from './commands/participants';
export { dismissTodoEdit } from './commands/dismissTodo';
export { purgePlan, replaceTextFile, type PurgeChange, type PurgePlan } from './commands/purge';
// New records: what each New … command writes, decided here once (the extension only asks).
export * as newRecords from './commands/newRecords';

// Figures, views and the dashboard.
export { computeStats } from './figures/stats';
export { computeTodos, isOverdue, todoId, type Todo, type TodoAction, type TodoKind } from './figures/todos';
export { sessionCalendar } from './figures/sessionCalendar';
export { quotesByStatus } from './dashboard/quotes';
export { computeDashboard } from './dashboard/dashboard';
export { addRecurring } from './dashboard/money';
export type { DashboardFilters, DashboardModel, RecurringMoney } from './dashboard/model';
export { dashboardPage, makeNonce } from './dashboard/page';
export { dashboardLabels } from './i18n/dashboard';
export { todoWords } from './i18n/todo';

// Documents.
export { sessionModel } from './documents/sessionModel';
export { composeEmails, type EmailMessage } from './documents/email/message';
export { isAudience } from './documents/email/recipients';
export { documentLabels } from './i18n/documents';
// What a host without Node (the browser extension) needs to make session documents itself.
export { signinSheet as signinSheetModel, sheetRefusal, sheetRefusalText } from './documents/signinSheet';
export { signinSheetPdf } from './documents/signinSheetPdf';
export { signinSheetHtml } from './documents/signinSheetHtml';
export { certificatePlan } from './documents/certificate';
export { certificatePdf } from './documents/certificatePdf';
export { provenanceText, type GitState } from './documents/provenance';
export { shortDate, timeRange } from './documents/dates';
export { fullName } from './documents/sessionModel';
export { CERTIFICATE_FILE, EMAIL_FILE, safeSegment, slug, uniqueNames } from './documents/fileNames';
export { PDF_FONT } from './documents/pdfParts';
export { outputSegments } from './configChecks';

// Review of a change in git (the hosts ask git; the core compares).
export { dayInZone, mergeReview, type ChangeKind, type ReviewResult } from './review';
export { notesText, typeName } from './i18n/review';
