/** The words of the editor's language features (quick fixes, hovers), in French and English. */
import type { Locale } from './messages';

const en = {
  // Quick fix titles.
  changeTo: (value: string) => `Change to "${value}"`,
  addField: (field: string) => `Add the field "${field}"`,
  createRecord: (type: string, id: string) => `Create the ${type} record "${id}"`,
  didYouMean: (id: string) => `Did you mean "${id}"?`,
  raiseCapacity: (count: number) => `Raise the capacity to ${count}`,
  showParticipants: 'Show the participants list',
  removeDuplicate: 'Remove the duplicate',
  // Hover on a reference: the record's roles.
  roles: (roles: string) => `Roles : ${roles}`,
  // Hover on a quote: its totals.
  ht: 'HT',
  vat: 'VAT',
  ttc: 'TTC',
  oneOff: 'One-off',
  perPeriod: { week: 'Per week', month: 'Per month' } as Record<'week' | 'month', string>,
};

/** The words of the language features in one language; both languages have the same keys. */
export type LanguageWords = typeof en;

const fr: LanguageWords = {
  changeTo: (value) => `Remplacer par « ${value} »`,
  addField: (field) => `Ajouter le champ « ${field} »`,
  createRecord: (type, id) => `Créer la fiche ${type} « ${id} »`,
  didYouMean: (id) => `Vouliez-vous dire « ${id} » ?`,
  raiseCapacity: (count) => `Porter la capacité à ${count}`,
  showParticipants: 'Afficher la liste des participant·es',
  removeDuplicate: 'Supprimer le doublon',
  roles: (roles) => `Rôles : ${roles}`,
  ht: 'HT',
  vat: 'TVA',
  ttc: 'TTC',
  oneOff: 'Ponctuel',
  perPeriod: { week: 'Par semaine', month: 'Par mois' },
};

export const languageCatalogues: Record<Locale, LanguageWords> = { fr, en };

export function languageWords(locale: Locale): LanguageWords {
  return languageCatalogues[locale];
}
