/**
 * The document service: sign-in sheets, certificates and e-mail drafts made from an already loaded
 * workspace. It returns what it wrote, warned and refused as data; the CLI prints it, the extension
 * shows it. Nothing here throws for a refusal.
 */
export { signinSheet } from './signinSheet';
export { certificates } from './certificates';
export { emails } from './emails';
export { prepareEmails, NO_SENDER, type PreparedEmails } from './prepareEmails';
export { quote } from './quote';
export { convention } from './convention';
export { programmeSheet } from './programmeSheet';
export {
  importAttendance,
  connectionLog,
  type AttendanceImportRequest,
  type AttendanceImportResult,
  type AttendanceReportRequest,
} from './attendance';
export { documentInputs, requestSubject } from './inputs';
export { shownPath } from './files';
export type * from './types';
