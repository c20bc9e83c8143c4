/** New session / quote / mission / client / person, and Initialize workspace. */
import * as vscode from 'vscode';
import {
  dashboardLabels,
  newRecords as domain,
  isDate,
  isEmail,
  labelOf,
  type Locale,
  list,
  personRoles,
  type RecordType,
  salesChannels,
  sessionKinds,
} from '../../core';
import type { AtelierRoot, AtelierRoots } from '../atelierRoots';

const t = vscode.l10n.t;

async function pickRoot(roots: AtelierRoots): Promise<AtelierRoot | undefined> {
  const all = roots.all();
  if (all.length <= 1)
    return (
      all[0] ??
      void vscode.window.showWarningMessage(
        t('No atelier.yaml in this workspace: run "Atelier: Initialize workspace" first.'),
      )
    );
  const pick = await vscode.window.showQuickPick(
    all.map((r) => ({ label: vscode.workspace.asRelativePath(r.uri), r })),
    { title: t('Which Atelier workspace?') },
  );
  return pick?.r;
}

/** A quick pick of records of a type (optionally with a role); `optional` adds a "none" entry. */
async function pickRecord(
  root: AtelierRoot,
  type: RecordType,
  title: string,
  options: { role?: string; optional?: boolean; many?: boolean } = {},
): Promise<string[] | undefined> {
  const items = root.workspace
    .records()
    .filter((r) => r.type === type && (!options.role || list(r.facts?.roles).includes(options.role)))
    .map((r) => ({ label: labelOf(r.facts) ?? r.id, description: r.id, id: r.id }));
  if (options.many) return (await vscode.window.showQuickPick(items, { title, canPickMany: true }))?.map((i) => i.id);
  const none = { label: t('(none)'), description: '', id: '' };
  const pick = await vscode.window.showQuickPick(options.optional ? [none, ...items] : items, { title });
  return pick ? (pick.id ? [pick.id] : []) : undefined;
}

async function askDate(title: string, value: string): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title,
    value,
    prompt: 'YYYY-MM-DD',
    validateInput: (v) => (isDate(v.trim()) ? undefined : t('A date like 2026-03-12')),
  });
}

async function ask(title: string, value = ''): Promise<string | undefined> {
  return vscode.window.showInputBox({ title, value, validateInput: (v) => (v.trim() ? undefined : t('Required')) });
}

/** Writes a new record through a WorkspaceEdit (undoable) and opens it. */
async function create(root: AtelierRoot, record: domain.NewRecord): Promise<vscode.Uri> {
  const path = domain.newRecordPath(record.type, record.id, (x) => root.workspace.filesWithId(x).length > 0);
  const uri = vscode.Uri.joinPath(root.uri, ...path.split('/'));
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { ignoreIfExists: false, contents: new TextEncoder().encode(domain.recordFile(record.data)) });
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(uri);
  return uri;
}

/**
 * What the session to create is already known to be: the closing webinar a mission's to-do asks
 * for (its mission and kind; its programme and facilitators are the mission's). `title` and `day`
 * answer the last two questions (scripts and tests).
 */
export interface SessionPreset {
  root: AtelierRoot;
  mission: string;
  kind: string;
  title?: string;
  day?: string;
}

/** The programme of a mission's sessions (the first one named), and the mission's facilitators. */
function missionDefaults(root: AtelierRoot, mission: string): { programme?: string; facilitators: string[] } {
  const sessions = root.workspace
    .referrers(mission)
    .filter((r) => r.type === 'session')
    .map((r) => root.workspace.record(r.id, 'session')?.data.programme)
    .filter((p): p is string => typeof p === 'string' && !!p);
  const facilitators = list(root.workspace.record(mission, 'mission')?.data.facilitators).filter(
    (f): f is string => typeof f === 'string',
  );
  return { programme: sessions[0], facilitators };
}

export async function newSession(roots: AtelierRoots, preset?: SessionPreset): Promise<vscode.Uri | undefined> {
  const root = preset?.root ?? (await pickRoot(roots));
  if (!root) return;
  const known = preset && missionDefaults(root, preset.mission);
  const programme = known
    ? [known.programme ?? '']
    : await pickRecord(root, 'programme', t('Programme'), { optional: true });
  if (!programme) return;
  const mission = preset ? [preset.mission] : await pickRecord(root, 'mission', t('Mission'), { optional: true });
  if (!mission) return;
  // The kind's name in the workspace language (as the dashboard writes it), its id beside it.
  const kinds = dashboardLabels(root.workspace.locale).kinds;
  const kind =
    preset?.kind ??
    (
      await vscode.window.showQuickPick(
        sessionKinds.map((id) => ({
          label: kinds[id] ?? id,
          description: id,
          id,
        })),
        { title: t('Kind of session') },
      )
    )?.id;
  if (!kind) return;
  const missionTitle = preset && root.workspace.record(preset.mission, 'mission')?.data.title;
  const suggested = preset
    ? `${kinds[kind] ?? kind} — ${typeof missionTitle === 'string' ? missionTitle : preset.mission}`
    : '';
  const title = preset?.title ?? (await ask(t('Title of the session'), suggested));
  if (!title) return;
  const day = preset?.day ?? (await askDate(t('Date of the first slot'), root.workspace.today));
  if (!day) return;
  const facilitators = known?.facilitators.length
    ? known.facilitators
    : await pickRecord(root, 'person', t('Facilitators'), { role: 'facilitator', many: true });
  if (!facilitators) return;
  return create(
    root,
    domain.newSession({
      title,
      kind,
      day,
      programme: programme[0] || undefined,
      mission: mission[0] || undefined,
      facilitators,
    }),
  );
}

export async function newQuote(roots: AtelierRoots): Promise<vscode.Uri | undefined> {
  const root = await pickRoot(roots);
  const client = root && (await pickRecord(root, 'client', t('Client')));
  if (!root || !client?.length) return;
  const today = root.workspace.today;
  const numbers = root.workspace
    .records()
    .filter((r) => r.type === 'quote')
    .map((r) => r.facts?.number);
  const number = await ask(t('Quote number'), domain.nextQuoteNumber(numbers, today));
  if (!number) return;
  return create(root, domain.newQuote({ number, client: client[0], today, lineLabel: t('Training day') }));
}

export async function newMission(roots: AtelierRoots): Promise<vscode.Uri | undefined> {
  const root = await pickRoot(roots);
  const client = root && (await pickRecord(root, 'client', t('Client')));
  if (!root || !client?.length) return;
  const quote = await pickRecord(root, 'quote', t('Accepted quote'), { optional: true });
  const coordinator = quote && (await pickRecord(root, 'person', t('Coordinator'), { role: 'coordinator' }));
  if (!coordinator?.length) return;
  return create(
    root,
    domain.newMission({
      client: client[0],
      quote: quote?.[0],
      coordinator: coordinator[0],
      today: root.workspace.today,
    }),
  );
}

/** `preset` answers the questions (scripts, tests). */
export async function newClient(
  roots: AtelierRoots,
  preset?: { name: string; channel: string },
): Promise<vscode.Uri | undefined> {
  const root = await pickRoot(roots);
  const name = root && (preset?.name ?? (await ask(t('Name of the organisation'))));
  if (!root || !name) return;
  const channel =
    preset?.channel ?? (await vscode.window.showQuickPick([...salesChannels], { title: t('Sales channel') }));
  return channel ? create(root, domain.newClient({ name, channel })) : undefined;
}

export async function newPerson(roots: AtelierRoots): Promise<vscode.Uri | undefined> {
  const root = await pickRoot(roots);
  const first = root && (await ask(t('First name')));
  const last = first && (await ask(t('Last name')));
  const email =
    last &&
    (await vscode.window.showInputBox({
      title: t('Email'),
      validateInput: (v) => (isEmail(v.trim()) ? undefined : t('An email address')),
    }));
  if (!root || !first || !last || !email) return;
  const roles = await vscode.window.showQuickPick([...personRoles], { title: t('Roles'), canPickMany: true });
  return roles ? create(root, domain.newPerson({ first_name: first, last_name: last, email, roles })) : undefined;
}

/** Writes atelier.yaml, the conventional folders and the email templates shipped with the extension. */
export async function initWorkspace(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return void vscode.window.showWarningMessage(t('Open a folder first.'));
  const config = vscode.Uri.joinPath(folder.uri, 'atelier.yaml');
  const exists = await vscode.workspace.fs.stat(config).then(
    () => true,
    () => false,
  );
  if (exists) return void vscode.window.showInformationMessage(t('This folder already has an atelier.yaml.'));
  const locale = await pickLocale();
  if (!locale) return;
  const organisation = await ask(t('Name of your organisation'));
  if (!organisation) return;
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(config, { contents: new TextEncoder().encode(domain.initialConfig(organisation, locale)) });
  for (const dir of domain.WORKSPACE_FOLDERS) {
    edit.createFile(vscode.Uri.joinPath(folder.uri, dir, '.gitkeep'), {
      ignoreIfExists: true,
      contents: new Uint8Array(),
    });
  }
  const templates = vscode.Uri.joinPath(extensionUri, ...domain.INITIAL_TEMPLATES[locale].split('/'));
  for (const [name] of await vscode.workspace.fs.readDirectory(templates).then(
    (x) => x,
    () => [] as [string, vscode.FileType][],
  )) {
    edit.createFile(vscode.Uri.joinPath(folder.uri, domain.FOLDER['email-template'], name), {
      ignoreIfExists: true,
      contents: await vscode.workspace.fs.readFile(vscode.Uri.joinPath(templates, name)),
    });
  }
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(config);
  return config;
}

/** The language of the records, documents and messages, French first: the team's, not VS Code's. */
async function pickLocale(): Promise<Locale | undefined> {
  const items: (vscode.QuickPickItem & { locale: Locale })[] = [
    { label: 'Français', description: t('records, documents and messages in French'), locale: 'fr' },
    { label: 'English', description: t('records, documents and messages in English'), locale: 'en' },
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: t('Language of the workspace'),
    placeHolder: t('The language of diagnostics, documents and email templates (locale in atelier.yaml)'),
  });
  return pick?.locale;
}
