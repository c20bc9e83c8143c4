/** Singular or plural by the language's own rule (French counts 0 and 1 as singular, English only 1). */
import type { Locale } from './messages';

const rules = { fr: new Intl.PluralRules('fr-FR'), en: new Intl.PluralRules('en-GB') };

/** `count` with the word of its number: plural('fr', 0, 'jour', 'jours') → "0 jour". */
export function plural(locale: Locale, count: number, one: string, other: string): string {
  return `${count} ${rules[locale].select(count) === 'one' ? one : other}`;
}
