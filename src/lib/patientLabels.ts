/**
 * Who a chart patient is, in words ("Henri Lefèvre, born 3 Mar 1954, MRN 123"), remembered by the
 * planner's patient banner so a saved draft can say whose it is when an empty planner offers it. Kept in
 * memory and in the draft on this device only; never in a URL.
 */
const labels = new Map<string, string>();
const listeners = new Set<() => void>();

export function rememberPatientLabel(patientId: string, label: string): void {
  if (labels.get(patientId) === label) return;
  labels.set(patientId, label);
  for (const listener of listeners) listener();
}

export function subscribePatientLabels(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function patientLabel(patientId: unknown): string | undefined {
  return typeof patientId === 'string' ? labels.get(patientId) : undefined;
}
