/**
 * Messages a coordinator understands, in French and English, one per diagnostic code. The English
 * table is the list of codes: `DiagnosticCode` is its keys, so a rule emitting a code it does not
 * have, or a French table missing one, does not compile.
 */

import { counted, isOne } from './plural';

export type Locale = 'fr' | 'en';
const enN = counted('en');
const frN = counted('fr');
/** Arguments of a diagnostic's message. */
export type MessageArgs = Record<string, string | number>;
type Message = (a: MessageArgs) => string;

/** "26,75 h": hours the French way. */
const frHours = (h: string | number) => `${String(h).replace('.', ',')} h`;

const en = {
  'file.unreadable': (a) => `This file cannot be read: ${a.reason}.`,
  'folder.unreadable': (a) =>
    `This folder cannot be read (${a.reason}): the records in it are not checked. Fix its permissions.`,
  'file.encoding': () => 'This file is not valid UTF-8 text; save it with UTF-8 encoding.',
  'file.link-outside': () =>
    'This file is a symbolic link to a file outside the workspace: it is not read. Put the record itself in the workspace, or remove the link.',
  'file.too-large': (a) => `This file is ${a.size} MB, too large to be a record (limit ${a.limit} MB).`,
  'frontmatter.unclosed': () =>
    'The front matter opened with "---" is never closed: add a line "---" after the last field.',
  'frontmatter.not-mapping': () => 'The front matter must be a list of "field: value" lines.',
  'git.conflict': (a) =>
    `Unresolved merge conflict (${enN(Number(a.blocks), 'block', 'blocks')}): keep one version between the <<<<<<< and >>>>>>> markers and delete the markers.`,
  'yaml.syntax': (a) => `YAML syntax error: ${a.reason}.`,
  'yaml.duplicate-key': (a) => `The field "${a.key}" appears twice; keep only one.`,
  'yaml.alias-expansion': (a) =>
    `The YAML aliases (*name) of this file would repeat more than ${a.limit} values: it is not read. Write the values out instead of nesting aliases.`,
  'record.type-unknown': (a) => `Unknown record type "${a.value}". Known types: ${a.allowed}.`,
  'config.siret-key': () =>
    'This SIRET has a wrong check digit (Luhn key): check it against your Kbis or the INSEE notice, it is printed on every quote.',
  'config.vat-key': (a) =>
    `The key of this French VAT number does not match its SIREN ${a.siren}: it should be FR${a.key}${a.siren}.`,
  'config.vat-siren': (a) => `This VAT number is for SIREN ${a.siren}, but the SIRET ${a.siret} is of another company.`,
  'config.registration-number': () =>
    'A training body registration number (numéro de déclaration d\'activité) has 11 digits, e.g. "11 75 00000 75".',
  'config.legal-missing': (a) =>
    `Missing in atelier.yaml: ${a.fields}. Every page of every document names the organisation and its training body registration number; add them (see the legal: block of the documentation). Documents are made meanwhile, and say on stderr what they lack.`,
  'config.missing': () => 'No atelier.yaml at the workspace root.',
  'config.output-outside': (a) =>
    `"output" must be a folder inside the workspace, such as generated (not a dot-folder, not the workspace itself), not ${a.value}: documents are never written outside it.`,
  'config.sender': (a) =>
    `"sender" must be one address on one line, such as "Coopérative Exemple <contact@example.org>", not ${a.value}: it is the From: of every generated e-mail.`,
  'schema.required': (a) => `Missing required field "${a.field}".`,
  'schema.unknown': (a) => `Unknown field "${a.field}" (kept, but not used by Atelier). Check its spelling.`,
  'schema.enum': (a) =>
    a.empty
      ? `"${a.field}" is empty. Allowed: ${a.allowed}.`
      : `"${a.value}" is not allowed for "${a.field}". Allowed: ${a.allowed}.`,
  'schema.const': (a) => `"${a.field}" must be "${a.allowed}".`,
  'schema.type': (a) =>
    `"${a.field}" ${a.empty ? 'is empty: it must be' : 'must be'} ${typeWord('en', String(a.expected))}.`,
  'schema.format': (a) =>
    `"${a.field}" is not a valid ${formatWord('en', String(a.format))}${a.example ? ` (e.g. ${a.example})` : ''}.`,
  'schema.pattern': (a) => `"${a.field}" does not have the expected form${a.example ? ` (e.g. ${a.example})` : ''}.`,
  'schema.minimum': (a) => `"${a.field}" must be at least ${a.limit}.`,
  'schema.maximum': (a) => `"${a.field}" must be at most ${a.limit}.`,
  'schema.exclusiveMinimum': (a) => `"${a.field}" must be greater than ${a.limit}.`,
  'schema.minItems': (a) => `"${a.field}" needs at least ${enN(Number(a.limit), 'item', 'items')}.`,
  'schema.minLength': (a) => `"${a.field}" must not be empty.`,
  'schema.uniqueItems': (a) => `"${a.field}" lists the same value twice (items ${a.i} and ${a.j}).`,
  'schema.other': (a) => `"${a.field}": ${a.reason}.`,
  'ref.missing': (a) => `No ${recordWord('en', a.expected)} with id "${a.id}" in the workspace.`,
  'ref.type': (a) =>
    `"${a.id}" is a ${recordWord('en', a.actual)}, but "${a.field}" needs a ${recordWord('en', a.expected)}.`,
  'ref.role': (a) => `${a.name} ("${a.id}") does not have the ${a.role} role.`,
  'id.duplicate': (a) =>
    `Another record has the id "${a.id}": ${a.other}. Ids (file names) must be unique across the workspace.`,
  'quote.number-duplicate': (a) => `Quote number ${a.number} is also used by ${a.other}.`,
  'rule.capacity': (a) => `${a.count} participants for a capacity of ${a.capacity}.`,
  'rule.inter-max': (a) =>
    `A session of the public inter-organisation offer holds at most 60 participants (${a.count} listed).`,
  'rule.programme-max': (a) =>
    `${a.count} participants, more than the ${a.max} the programme "${a.programme}" accepts.`,
  'rule.late-participant': (a) =>
    `Added on ${a.added}, more than 14 days after the session started (${a.start}); participants can be added up to ${a.limit}.`,
  'rule.participant-duplicate': (a) => `${a.email} is registered twice in this session.`,
  'rule.slot-order': (a) => `The slot ends (${a.end}) before or when it starts (${a.start}).`,
  'rule.attendance-count': (a) =>
    `${a.count} attendance entries for ${enN(Number(a.slots), 'slot', 'slots')}: give one per slot, in slot order (null when not recorded).`,
  'rule.attendance-future': (a) => `Attendance recorded for a slot that has not happened yet (${a.date}).`,
  'rule.session-status': (a) => `The session is marked "${a.status}" but its slot of ${a.date} is still to come.`,
  'rule.mission-overplanned': (a) =>
    `${a.planned} ${a.kind} ${isOne('en', Number(a.planned)) ? 'session' : 'sessions'} planned for ${a.ordered} ordered.`,
  'rule.hours-mismatch': (a) =>
    a.by === 'programme'
      ? `${a.planned} h planned for a ${a.sold} h programme ("${a.name}").`
      : `${a.planned} h planned for ${a.sold} h sold by quote ${a.name}.`,
  'rule.mission-unordered': (a) => `This session is a ${a.kind}, which mission "${a.mission}" did not order.`,
  'rule.retribution-early': (a) => `Requested on ${a.requested}, before session "${a.session}" ends (${a.end}).`,
  'rule.retribution-monthly': (a) =>
    `A second retribution request in ${a.month}: a mission makes at most one request per calendar month.`,
  'rule.retribution-foreign': (a) =>
    `Session "${a.session}" belongs to ${a.other ? `mission "${a.other}"` : 'no mission'}, not to this one.`,
  'rule.mission-close-pending': (a) =>
    `The mission is closed but session "${a.session}" ends on ${a.end}, after ${a.closed}.`,
  'rule.mission-close-unpaid': (a) =>
    `The mission is closed but no retribution was requested for session "${a.session}".`,
  'rule.derived-total': (a) => `"${a.field}" is computed from the lines and must not be typed: remove it.`,
  'rule.vat-rate': (a) => `VAT rate ${a.rate}: VAT at 20 % applies to all prices since 1 April 2020.`,
  'rule.quote-proof': () =>
    'An accepted quote needs proof: add purchase_order (the purchase order number) or signed_by (who signed "bon pour accord").',
  'rule.quote-approvals': (a) =>
    `From "validated" on, both partner organisations must approve (${enN(Number(a.count), 'approval', 'approvals')} listed).`,
  'rule.quote-validity': (a) => `Valid until ${a.until}, before the quote date ${a.date}.`,
  'rule.quote-accepted-late': (a) => `Accepted on ${a.on}, after the end of validity (${a.until}).`,
  'rule.programme-sheet': (a) =>
    `Quote ${a.quote} (accepted) sells this programme, but its sheet would lack: ${a.fields}. Add them (atelier programme prints the sheet).`,
  'rule.participant-group': (a) =>
    `"${a.group}" is not a facilitator of this session; a group is named by its facilitator's id (${a.facilitators || 'none listed'}).`,
  'template.unknown-placeholder': (a) =>
    `Unknown placeholder {{ ${a.name} }}${a.kind === 'partial' ? ': templates cannot include other templates' : a.suggestion ? `; did you mean {{ ${a.suggestion} }}` : '; the README lists the placeholders'}${a.suggestion && a.kind !== 'partial' ? '?' : '.'}`,
  'template.syntax': (a) => `Template syntax error: ${templateProblem('en', String(a.problem), String(a.name ?? ''))}.`,
  'secret.suspected': (a) =>
    `This line looks like it holds a ${a.word}: never keep secrets in the repository; share them through a password manager.`,
  // Rules that compare with a base revision and git history (validate --base).
  'review.slots-frozen': (a) =>
    `${a.status ? `The session is ${a.status}` : `The session started on ${a.start}`}: its slots keep their dates and times (rule 3). ${a.before === '—' ? `Slot added: ${a.after}.` : a.after === '—' ? `Slot removed: ${a.before}.` : `Slot ${a.before} → ${a.after}.`}`,
  'review.mission-frozen': (a) =>
    a.kind === 'deleted'
      ? `This record of mission "${a.mission}", which is closed, was deleted: a closed mission and its sessions are frozen (rule 7).`
      : a.kind === 'new-session'
        ? `Mission "${a.mission}" is closed: no session can be added to it (rule 7).`
        : a.kind === 'renamed'
          ? `Mission "${a.mission}" is closed: it and its sessions are frozen (rule 7), their ids too; this file was renamed ("${a.from}" → "${a.to}"): give it back its name.`
          : `${a.kind === 'mission' ? 'This mission is closed: it is' : `Mission "${a.mission}" is closed: its sessions are`} frozen, no further edits (rule 7)${a.field ? `; "${a.field}" was changed` : '; the notes were changed'}.`,
  'review.late-participant': (a) =>
    `${a.name} was added ${a.commit ? `by commit ${a.commit} on ${a.added}` : `on ${a.added} (not committed yet)`}, more than 14 days after the session started (${a.start}); participants can join until ${a.limit} (rule 2).`,
  'review.quote-frozen': (a) =>
    `Quote ${a.number} is accepted: its lines, prices and client are frozen; "${a.field}" was changed (${a.before === '—' ? 'added' : `accepted value: ${a.before}`}). Make a new quote or an amendment instead.`,
  'review.not-planned-ahead': (a) =>
    `${a.commit ? `This session was first committed on ${a.committed} (commit ${a.commit}), after it started (${a.start})` : `This session is not committed yet, and it started on ${a.start}`}: sessions must be planned, and committed, before they take place (rule 4).`,
  'review.shallow-history': (a) =>
    `Rule ${a.rule} not checked: this clone is shallow and its history stops at commit ${a.commit} (${a.day}), so when this was committed is unknown. Fetch the whole history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` in actions/checkout) to check it.`,
  'review.retribution-early': (a) =>
    `The retribution for session "${a.session}" was requested ${a.commit ? `by commit ${a.commit} on ${a.requested}` : `on ${a.requested} (not committed yet)`}, before the session ends (${a.end}): request it after the end (rule 6).`,
  'review.retribution-monthly': (a) =>
    `This mission's history already holds a retribution request dated ${a.month} (for ${a.sessions}, commit ${a.commit}), deleted or re-dated since: a mission makes at most one request per calendar month (rule 6).`,
  'review.sent-removed': (a) =>
    `The record that template "${a.template}" was sent on ${a.on} was removed from "sent": it is the evidence this reminder was done. Put it back (a mistaken entry is corrected by a new commit that says why, not erased).`,
  'review.sent-backdated': (a) =>
    a.commit
      ? `"sent" says template "${a.template}" was sent on ${a.on}, but commit ${a.commit} of ${a.was} did not have it although that day was past: an entry is dated the day the emails were composed, never earlier.`
      : `"sent" now says template "${a.template}" was sent on ${a.on}; it said ${a.was}: an entry is dated the day the emails were composed, never moved earlier.`,
  'review.renamed-id': (a) =>
    `"${a.old}" was renamed to "${a.new}" (${a.from} → ${a.to}), but this reference still uses the old id: write "${a.new}".`,
} satisfies Record<string, Message>;

/** Every code a diagnostic can have: the keys of the English catalogue. */
export type DiagnosticCode = keyof typeof en;

const fr: Record<DiagnosticCode, Message> = {
  'file.unreadable': (a) => `Impossible de lire ce fichier : ${a.reason}.`,
  'folder.unreadable': (a) =>
    `Impossible de lire ce dossier (${a.reason}) : les fiches qu'il contient ne sont pas vérifiées. Corrigez ses droits d'accès.`,
  'file.encoding': () => "Ce fichier n'est pas du texte UTF-8 valide : enregistrez-le en UTF-8.",
  'file.link-outside': () =>
    "Ce fichier est un lien symbolique vers un fichier hors de l'espace de travail : il n'est pas lu. Placez la fiche elle-même dans l'espace de travail, ou supprimez le lien.",
  'file.too-large': (a) => `Ce fichier fait ${a.size} Mo, trop pour une fiche (limite ${a.limit} Mo).`,
  'frontmatter.unclosed': () =>
    "L'en-tête ouvert par « --- » n'est jamais fermé : ajoutez une ligne « --- » après le dernier champ.",
  'frontmatter.not-mapping': () => "L'en-tête doit être une suite de lignes « champ: valeur ».",
  'git.conflict': (a) =>
    `Conflit de fusion non résolu (${frN(Number(a.blocks), 'bloc', 'blocs')}) : gardez une seule version entre les marqueurs <<<<<<< et >>>>>>> puis supprimez les marqueurs.`,
  'yaml.syntax': (a) => `Erreur de syntaxe YAML : ${a.reason}.`,
  'yaml.duplicate-key': (a) => `Le champ « ${a.key} » apparaît deux fois ; n'en gardez qu'un.`,
  'yaml.alias-expansion': (a) =>
    `Les alias YAML (*nom) de ce fichier répéteraient plus de ${a.limit} valeurs : il n'est pas lu. Écrivez les valeurs plutôt que d'imbriquer des alias.`,
  'record.type-unknown': (a) => `Type de fiche inconnu « ${a.value} ». Types connus : ${a.allowed}.`,
  'config.siret-key': () =>
    "La clé de ce SIRET est fausse (clé de Luhn) : vérifiez-le sur votre Kbis ou l'avis de situation INSEE, il est imprimé sur chaque devis.",
  'config.vat-key': (a) =>
    `La clé de ce numéro de TVA français ne correspond pas à son SIREN ${a.siren} : ce serait FR${a.key}${a.siren}.`,
  'config.vat-siren': (a) =>
    `Ce numéro de TVA est celui du SIREN ${a.siren}, mais le SIRET ${a.siret} est d'une autre entreprise.`,
  'config.registration-number': () =>
    "Un numéro de déclaration d'activité a 11 chiffres, par exemple « 11 75 00000 75 ».",
  'config.legal-missing': (a) =>
    `Il manque à atelier.yaml : ${a.fields}. Chaque page de chaque document porte le nom de l'organisme et son numéro de déclaration d'activité ; ajoutez-les (voir le bloc legal: de la documentation). En attendant, les documents sont faits et disent sur stderr ce qui leur manque.`,
  'config.missing': () => "Pas de fichier atelier.yaml à la racine de l'espace de travail.",
  'config.output-outside': (a) =>
    `« output » doit être un dossier à l'intérieur de l'espace de travail, comme generated (ni un dossier caché, ni l'espace de travail lui-même), pas ${a.value} : aucun document n'est écrit en dehors.`,
  'config.sender': (a) =>
    `« sender » doit être une seule adresse sur une ligne, comme « Coopérative Exemple <contact@example.org> », pas ${a.value} : c'est l'expéditeur (From:) de chaque e-mail généré.`,
  'schema.required': (a) => `Champ obligatoire manquant : « ${a.field} ».`,
  'schema.unknown': (a) =>
    `Champ inconnu « ${a.field} » (conservé, mais ignoré par Atelier). Vérifiez son orthographe.`,
  'schema.enum': (a) =>
    a.empty
      ? `« ${a.field} » est vide. Valeurs possibles : ${a.allowed}.`
      : `« ${a.value} » n'est pas une valeur permise pour « ${a.field} ». Valeurs possibles : ${a.allowed}.`,
  'schema.const': (a) => `« ${a.field} » doit valoir « ${a.allowed} ».`,
  'schema.type': (a) =>
    `« ${a.field} » ${a.empty ? 'est vide : il doit être' : 'doit être'} ${typeWord('fr', String(a.expected))}.`,
  'schema.format': (a) =>
    `« ${a.field} » n'est pas ${formatWord('fr', String(a.format))}${a.example ? ` (ex. ${a.example})` : ''}.`,
  'schema.pattern': (a) => `« ${a.field} » n'a pas la forme attendue${a.example ? ` (ex. ${a.example})` : ''}.`,
  'schema.minimum': (a) => `« ${a.field} » doit valoir au moins ${a.limit}.`,
  'schema.maximum': (a) => `« ${a.field} » doit valoir au plus ${a.limit}.`,
  'schema.exclusiveMinimum': (a) => `« ${a.field} » doit être supérieur à ${a.limit}.`,
  'schema.minItems': (a) => `« ${a.field} » doit contenir au moins ${frN(Number(a.limit), 'élément', 'éléments')}.`,
  'schema.minLength': (a) => `« ${a.field} » ne doit pas être vide.`,
  'schema.uniqueItems': (a) => `« ${a.field} » contient deux fois la même valeur (éléments ${a.i} et ${a.j}).`,
  'schema.other': (a) => `« ${a.field} » : ${a.reason}.`,
  'ref.missing': (a) =>
    `Aucune fiche ${recordWord('fr', a.expected)} avec l'identifiant « ${a.id} » dans l'espace de travail.`,
  'ref.type': (a) =>
    `« ${a.id} » est une fiche ${recordWord('fr', a.actual)}, mais « ${a.field} » attend une fiche ${recordWord('fr', a.expected)}.`,
  'ref.role': (a) => `${a.name} (« ${a.id} ») n'a pas le rôle ${a.role}.`,
  'id.duplicate': (a) =>
    `Une autre fiche porte l'identifiant « ${a.id} » : ${a.other}. Les identifiants (noms de fichiers) doivent être uniques.`,
  'quote.number-duplicate': (a) => `Le numéro de devis ${a.number} est aussi utilisé par ${a.other}.`,
  'rule.capacity': (a) => `${a.count} participant·es pour une capacité de ${a.capacity}.`,
  'rule.inter-max': (a) =>
    `Une session de l'offre inter-structures accueille au plus 60 participant·es (${a.count} inscrit·es).`,
  'rule.programme-max': (a) =>
    `${a.count} participant·es, plus que les ${a.max} acceptés par le parcours « ${a.programme} ».`,
  'rule.late-participant': (a) =>
    `Ajouté·e le ${a.added}, plus de 14 jours après le début de la session (${a.start}) ; les inscriptions sont possibles jusqu'au ${a.limit}.`,
  'rule.participant-duplicate': (a) => `${a.email} est inscrit·e deux fois à cette session.`,
  'rule.slot-order': (a) => `Le créneau finit (${a.end}) avant ou au moment où il commence (${a.start}).`,
  'rule.attendance-count': (a) =>
    `${frN(Number(a.count), 'présence', 'présences')} pour ${frN(Number(a.slots), 'créneau', 'créneaux')} : indiquez une présence par créneau, dans l'ordre (null si non relevée).`,
  'rule.attendance-future': (a) => `Présence saisie pour un créneau qui n'a pas encore eu lieu (${a.date}).`,
  'rule.session-status': (a) => `La session est marquée « ${a.status} » mais son créneau du ${a.date} est à venir.`,
  'rule.mission-overplanned': (a) =>
    `${isOne('fr', Number(a.planned)) ? `${a.planned} session ${a.kind} planifiée` : `${a.planned} sessions ${a.kind} planifiées`} pour ${a.ordered} ${isOne('fr', Number(a.ordered)) ? 'commandée' : 'commandées'}.`,
  'rule.hours-mismatch': (a) =>
    a.by === 'programme'
      ? `${frHours(a.planned)} ${isOne('fr', Number(a.planned)) ? 'planifiée' : 'planifiées'} pour un parcours de ${frHours(a.sold)} (« ${a.name} »).`
      : `${frHours(a.planned)} ${isOne('fr', Number(a.planned)) ? 'planifiée' : 'planifiées'} pour ${frHours(a.sold)} ${isOne('fr', Number(a.sold)) ? 'vendue' : 'vendues'} par le devis ${a.name}.`,
  'rule.mission-unordered': (a) =>
    `Cette session est de type ${a.kind}, que la mission « ${a.mission} » n'a pas commandé.`,
  'rule.retribution-early': (a) =>
    `Demandée le ${a.requested}, avant la fin de la session « ${a.session} » (${a.end}).`,
  'rule.retribution-monthly': (a) =>
    `Deuxième demande de rétribution en ${a.month} : une mission fait au plus une demande par mois civil.`,
  'rule.retribution-foreign': (a) =>
    `La session « ${a.session} » appartient à ${a.other ? `la mission « ${a.other} »` : 'aucune mission'}, pas à celle-ci.`,
  'rule.mission-close-pending': (a) =>
    `La mission est close mais la session « ${a.session} » finit le ${a.end}, après le ${a.closed}.`,
  'rule.mission-close-unpaid': (a) =>
    `La mission est close mais aucune rétribution n'a été demandée pour la session « ${a.session} ».`,
  'rule.derived-total': (a) =>
    `« ${a.field} » se calcule à partir des lignes et ne doit pas être saisi : supprimez-le.`,
  'rule.vat-rate': (a) => `Taux de TVA ${a.rate} : la TVA à 20 % s'applique à tous les prix depuis le 1er avril 2020.`,
  'rule.quote-proof': () =>
    'Un devis accepté demande une preuve : ajoutez purchase_order (numéro du bon de commande) ou signed_by (signataire du « bon pour accord »).',
  'rule.quote-approvals': (a) =>
    `À partir de « validated », les deux structures partenaires doivent valider (${frN(Number(a.count), 'validation indiquée', 'validations indiquées')}).`,
  'rule.quote-validity': (a) => `Valable jusqu'au ${a.until}, avant la date du devis (${a.date}).`,
  'rule.quote-accepted-late': (a) => `Accepté le ${a.on}, après la fin de validité (${a.until}).`,
  'rule.programme-sheet': (a) =>
    `Le devis ${a.quote} (accepté) vend ce parcours, mais sa fiche programme n'aurait pas : ${a.fields}. Ajoutez-les (atelier programme imprime la fiche).`,
  'rule.participant-group': (a) =>
    `« ${a.group} » n'anime pas cette session : un groupe porte l'identifiant de son animateur·ice (${a.facilitators || 'aucun·e listé·e'}).`,
  'template.unknown-placeholder': (a) =>
    `Variable inconnue {{ ${a.name} }}${a.kind === 'partial' ? ' : un modèle ne peut pas en inclure un autre' : a.suggestion ? ` ; vouliez-vous dire {{ ${a.suggestion} }}` : ' ; le README liste les variables possibles'}${a.suggestion && a.kind !== 'partial' ? ' ?' : '.'}`,
  'template.syntax': (a) =>
    `Erreur de syntaxe dans le modèle : ${templateProblem('fr', String(a.problem), String(a.name ?? ''))}.`,
  'secret.suspected': (a) =>
    `Cette ligne semble contenir un ${a.word} : ne gardez jamais de secret dans le dépôt ; partagez-le par un gestionnaire de mots de passe.`,
  'review.slots-frozen': (a) =>
    `${a.status ? `La session est ${a.status === 'launched' ? 'lancée' : a.status === 'done' ? 'réalisée' : a.status} (statut « ${a.status} »)` : `La session a commencé le ${a.start}`} : ses créneaux gardent leurs dates et horaires (règle 3). ${a.before === '—' ? `Créneau ajouté : ${a.after}.` : a.after === '—' ? `Créneau retiré : ${a.before}.` : `Créneau ${a.before} → ${a.after}.`}`,
  'review.mission-frozen': (a) =>
    a.kind === 'deleted'
      ? `Cette fiche de la mission « ${a.mission} », qui est close, a été supprimée : une mission close et ses sessions sont figées (règle 7).`
      : a.kind === 'new-session'
        ? `La mission « ${a.mission} » est close : on ne peut plus lui ajouter de session (règle 7).`
        : a.kind === 'renamed'
          ? `La mission « ${a.mission} » est close : elle et ses sessions sont figées (règle 7), leurs identifiants aussi ; ce fichier a été renommé (« ${a.from} » → « ${a.to} ») : rendez-lui son nom.`
          : `${a.kind === 'mission' ? 'Cette mission est close : elle est figée' : `La mission « ${a.mission} » est close : ses sessions sont figées`}, plus aucune modification (règle 7)${a.field ? ` ; « ${a.field} » a été modifié` : ' ; les notes ont été modifiées'}.`,
  'review.late-participant': (a) =>
    `${a.name} a été ajouté·e ${a.commit ? `par le commit ${a.commit} le ${a.added}` : `le ${a.added} (pas encore commité)`}, plus de 14 jours après le début de la session (${a.start}) ; les inscriptions sont possibles jusqu'au ${a.limit} (règle 2).`,
  'review.quote-frozen': (a) =>
    `Le devis ${a.number} est accepté : ses lignes, ses prix et son client sont figés ; « ${a.field} » a été modifié (${a.before === '—' ? 'ajout' : `valeur acceptée : ${a.before}`}). Faites plutôt un nouveau devis ou un avenant.`,
  'review.not-planned-ahead': (a) =>
    `${a.commit ? `Cette session a été commitée pour la première fois le ${a.committed} (commit ${a.commit}), après son début (${a.start})` : `Cette session n'est pas encore commitée alors qu'elle a commencé le ${a.start}`} : une session doit être planifiée, et commitée, avant d'avoir lieu (règle 4).`,
  'review.shallow-history': (a) =>
    `Règle ${a.rule} non vérifiée : ce clone est superficiel (shallow) et son historique s'arrête au commit ${a.commit} (${a.day}), on ne sait donc pas quand ceci a été commité. Récupérez tout l'historique (\`git fetch --unshallow\`, ou \`fetch-depth: 0\` avec actions/checkout) pour la vérifier.`,
  'review.retribution-early': (a) =>
    `La rétribution de la session « ${a.session} » a été demandée ${a.commit ? `par le commit ${a.commit} le ${a.requested}` : `le ${a.requested} (pas encore commitée)`}, avant la fin de la session (${a.end}) : demandez-la après la fin (règle 6).`,
  'review.retribution-monthly': (a) =>
    `L'historique de la mission contient déjà une demande de rétribution datée de ${a.month} (pour ${a.sessions}, commit ${a.commit}), supprimée ou redatée depuis : une mission fait au plus une demande par mois civil (règle 6).`,
  'review.sent-removed': (a) =>
    `La trace de l'envoi du modèle « ${a.template} » le ${a.on} a été retirée de « sent » : c'est la preuve que ce rappel a été fait. Remettez-la (une entrée erronée se corrige par un nouveau commit qui dit pourquoi, pas en l'effaçant).`,
  'review.sent-backdated': (a) =>
    a.commit
      ? `« sent » dit que le modèle « ${a.template} » a été envoyé le ${a.on}, mais le commit ${a.commit} du ${a.was} ne l'avait pas alors que ce jour était passé : une entrée porte le jour où les e-mails ont été composés, jamais avant.`
      : `« sent » dit maintenant que le modèle « ${a.template} » a été envoyé le ${a.on} ; il disait le ${a.was} : une entrée porte le jour où les e-mails ont été composés, elle ne recule jamais.`,
  'review.renamed-id': (a) =>
    `« ${a.old} » a été renommé en « ${a.new} » (${a.from} → ${a.to}), mais cette référence utilise encore l'ancien identifiant : écrivez « ${a.new} ».`,
};

const catalogues: Record<Locale, Record<DiagnosticCode, Message>> = { en, fr };

/** Every diagnostic code the core can emit (a test checks both languages say something different). */
export const messageCodes = Object.keys(en) as DiagnosticCode[];

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(en, value);
}

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The message for a diagnostic code in a locale; never throws (not even for a code from an older cache). */
export function message(locale: Locale, code: DiagnosticCode, args: MessageArgs = {}): string {
  const m = isDiagnosticCode(code) ? catalogues[locale][code] : undefined;
  return m ? m(args) : `${code} ${JSON.stringify(args)}`;
}

/** A record type as a word of the language ("personne", not "person"); an unknown type as it is written. */
export function recordWord(locale: Locale, type: unknown): string {
  const words: Record<Locale, Record<string, string>> = {
    en: {
      programme: 'programme',
      client: 'client',
      person: 'person',
      quote: 'quote',
      mission: 'mission',
      session: 'session',
      'email-template': 'email template',
    },
    fr: {
      programme: 'parcours',
      client: 'client',
      person: 'personne',
      quote: 'devis',
      mission: 'mission',
      session: 'session',
      'email-template': "modèle d'e-mail",
    },
  };
  return words[locale][String(type)] ?? String(type);
}

/** Words for JSON types, used by `schema.type` messages. */
export function typeWord(locale: Locale, type: string): string {
  const words: Record<Locale, Record<string, string>> = {
    en: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of fields',
      null: 'empty',
    },
    fr: {
      string: 'du texte',
      number: 'un nombre',
      integer: 'un nombre entier',
      boolean: 'true ou false',
      array: 'une liste',
      object: 'un groupe de champs',
      null: 'vide',
    },
  };
  return type
    .split(',')
    .map((t) => words[locale][t] ?? t)
    .join(locale === 'fr' ? ' ou ' : ' or ');
}

function formatWord(locale: Locale, format: string): string {
  const words: Record<Locale, Record<string, string>> = {
    en: { date: 'date (YYYY-MM-DD)', email: 'email address', uri: 'web address' },
    fr: { date: 'une date valide (AAAA-MM-JJ)', email: 'une adresse e-mail valide', uri: 'une adresse web valide' },
  };
  return words[locale][format] ?? format;
}

/** Words for template syntax errors (mustache's messages are English and name offsets). */
function templateProblem(locale: Locale, problem: string, name: string): string {
  const words: Record<Locale, Record<string, string>> = {
    en: {
      'unclosed-tag': 'a "{{" is never closed by "}}"',
      'unclosed-section': `the section {{#${name}}} is never closed by {{/${name}}}`,
      'unopened-section': `{{/${name}}} closes a section that was not opened`,
      other: 'a tag cannot be read',
    },
    fr: {
      'unclosed-tag': "un « {{ » n'est jamais fermé par « }} »",
      'unclosed-section': `la section {{#${name}}} n'est jamais fermée par {{/${name}}}`,
      'unopened-section': `{{/${name}}} ferme une section qui n'a pas été ouverte`,
      other: 'une balise est illisible',
    },
  };
  return words[locale][problem] ?? words[locale].other;
}
