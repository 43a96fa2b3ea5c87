import type { Patient } from '@medplum/fhirtypes';
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
  return (
    <>
      {patients.map((patient) => (
        <PatientRow
          key={patient.id}
          patient={patient as Patient & { id: string }}
          today={today}
          details={details.data?.[patient.id ?? '']}
          detailsError={details.error}
          onRetryDetails={() => void details.refetch()}
        />
      ))}
    </>
  );
}
