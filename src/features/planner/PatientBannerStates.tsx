import { Alert, Paper, Text } from '@mantine/core';

/** While the chart loads, and if it cannot be read: never a plan that looks like it has no owner. */
export function PatientBannerPending({ patientId }: { patientId: string }) {
  return (
    <Paper withBorder p="sm" role="status" aria-label="Loading the patient">
      <Text size="sm">Loading the patient’s identity (FHIR id {patientId})…</Text>
    </Paper>
  );
}

export function PatientBannerError({ patientId }: { patientId: string }) {
  return (
    <Alert color="red" title="The patient’s identity could not be loaded" role="alert">
      Check that this is the right patient before planning or saving (FHIR id {patientId}). Every value can
      still be edited; nothing is saved until you choose to.
    </Alert>
  );
}
