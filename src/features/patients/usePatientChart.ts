import { useSuspenseQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { buildChart } from '../../fhir/mapping';
import { chartQueryOptions } from '../../fhir/queries';

/** The chart of one patient from its five FHIR queries (suspends until all are in). */
export function usePatientChart(patientId: string, today: string) {
  const options = chartQueryOptions(patientId);
  const [patient, observations, medications, conditions, allergies] = useSuspenseQueries({
    queries: [
      options.patient,
      options.observations,
      options.medications,
      options.conditions,
      options.allergies,
    ],
  });
  return useMemo(
    () =>
      buildChart(
        {
          patient: patient.data,
          observations: observations.data,
          medicationStatements: medications.data.statements,
          medicationRequests: medications.data.requests,
          medications: medications.data.medications,
          conditions: conditions.data,
          allergies: allergies.data,
        },
        today,
      ),
    [patient.data, observations.data, medications.data, conditions.data, allergies.data, today],
  );
}
