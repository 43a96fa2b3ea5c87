/**
 * Fault modes of the demo FHIR server, switched on by tests (and by `?fault=` in demo mode) to prove
 * that every data screen says what went wrong and loses nothing.
 */
export type FaultMode =
  | 'none'
  | 'slow'
  | 'server-error'
  | 'network-error'
  | 'malformed'
  /** Reads work, every write (POST, PUT) answers 503: an EHR whose database is read-only for a while. */
  | 'writes-unavailable';

let current: FaultMode = 'none';

export function setFault(mode: FaultMode): void {
  current = mode;
}

export function currentFault(): FaultMode {
  return current;
}

export function resetFaults(): void {
  current = 'none';
}
