import type { Patient } from '@medplum/fhirtypes';
import { useDeferredValue } from 'react';
import { useQuery } from '@tanstack/react-query';
import { patientListDetailsOptions } from '../../fhir/queries';
import { PatientRow } from './PatientRow';

/**
 * One page of results: the rows render at once from the Patient resources, and their labs and
 * medicines follow from one search per resource type for the whole page.
 */
export function PatientPage({ patients, today }: { patients: (Patient & { id?: string })[]; today: string }) {
  const ids = patients.map((patient) => patient.id).filter((id): id is string => typeof id === 'string');
  const details = useQuery(patientListDetailsOptions(ids));
  // Rows re-render with their labs and flags as a background (interruptible) update: a page of rows,
  // each assessing renal function and interactions, would otherwise block typing in the search box.
  const detailsData = useDeferredValue(details.data);
  return (
    <>
      {patients.map((patient) => (
        <PatientRow
          key={patient.id}
          patient={patient as Patient & { id: string }}
          today={today}
          details={detailsData?.[patient.id ?? '']}
          detailsError={details.error}
          onRetryDetails={() => void details.refetch()}
        />
      ))}
    </>
  );
}
