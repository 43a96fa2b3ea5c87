/** Type-ahead suggestions from the rules module's drug dictionary and condition list. */
import { CONDITIONS, searchDrugs } from '../../rules';

export function drugSuggestions(query: string): string[] {
  if (query.trim().length < 2) return [];
  const labels = searchDrugs(query, 8).map((suggestion) =>
    suggestion.kind === 'generic'
      ? suggestion.label
      : `${suggestion.label} (${suggestion.generics.join(' + ')})`,
  );
  return [...new Set(labels)];
}

const CONDITION_LABELS = [
  ...new Set(CONDITIONS.flatMap((condition) => [condition.label, ...condition.terms])),
];

export function conditionSuggestions(query: string): string[] {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  return CONDITION_LABELS.filter((label) => label.toLowerCase().includes(q)).slice(0, 8);
}
