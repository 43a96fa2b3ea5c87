/** Type-ahead suggestions from the rules module's drug dictionary and condition list. */
import { CONDITIONS, searchDrugs, type DrugSuggestion } from '../../rules';
import type { BrandMarket } from '../../i18n/preferences';
import { FRENCH_BRANDS } from './frenchBrands';

/**
 * The rules' suggestions, best match first. For a French prescriber the brand names among them are
 * reordered so French ones come first; generics keep their place, and no suggestion is added or lost.
 */
function ranked(suggestions: DrugSuggestion[], brandsFirst: BrandMarket): DrugSuggestion[] {
  if (brandsFirst !== 'fr') return suggestions;
  const isFrench = (suggestion: DrugSuggestion) => FRENCH_BRANDS.has(suggestion.label.toLowerCase());
  const brands = suggestions.filter((suggestion) => suggestion.kind === 'brand');
  const reordered = [...brands.filter(isFrench), ...brands.filter((suggestion) => !isFrench(suggestion))];
  return suggestions.map((suggestion) =>
    suggestion.kind === 'brand' ? (reordered.shift() ?? suggestion) : suggestion,
  );
}

export function drugSuggestions(query: string, brandsFirst: BrandMarket = 'us'): string[] {
  if (query.trim().length < 2) return [];
  const labels = ranked(searchDrugs(query, 8), brandsFirst).map((suggestion) =>
    suggestion.kind === 'generic'
      ? suggestion.label
      : `${suggestion.label} (${suggestion.generics.join(' + ')})`,
  );
  return [...new Set(labels)];
}

const CONDITION_LABELS = [
  ...new Set(CONDITIONS.flatMap((condition) => [condition.label, ...condition.terms])),
];

/** Lower case without accents: "épil" finds "epilepsie", as the rules match conditions. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function conditionSuggestions(query: string): string[] {
  const q = folded(query.trim());
  if (q.length < 2) return [];
  return CONDITION_LABELS.filter((label) => folded(label).includes(q)).slice(0, 8);
}
