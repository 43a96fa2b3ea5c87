import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCloudUpload, IconDeviceFloppy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { PlannerModel } from '../../lib/plannerModel';
import { planExportData } from '../../lib/exportData';
import { ExportPdfButtons } from '../../features/export-pdf/ExportPdfButtons';
import { patientOptions } from '../../fhir/queries';
import { mapPatient } from '../../fhir/mapping';
import { clinicalToday } from '../../fhir/clock';
import { describeSaveResult, useSavePlan } from '../../fhir/useSavePlan';

/** Export with the patient's identity, and save the plan to their chart (or the device outbox). */
export default function PatientPlanActions({
  model,
  patientId,
  locale,
}: {
  model: PlannerModel;
  patientId: string;
  locale?: string;
}) {
  const patient = useQuery(patientOptions(patientId));
  const save = useSavePlan(patientId);
  const [result, setResult] = useState<ReturnType<typeof describeSaveResult> | null>(null);
  const summary = patient.data ? mapPatient(patient.data, clinicalToday()) : undefined;
  const identifier = patient.data?.identifier?.[0]?.value;
  const data = planExportData(model, {
    locale,
    generatedAt: new Date().toISOString(),
    patient: summary
      ? {
          name: summary.name,
          birthDate: summary.birthDate,
          identifier: identifier ?? `FHIR Patient/${patientId}`,
        }
      : undefined,
  });
  const plan = model.plan;
  const input = model.planInput;

  return (
    <Stack gap={6} align="flex-end">
      <Group gap="xs">
        <ExportPdfButtons
          data={data}
          disabledReason={patient.isPending ? 'Loading the patient’s identity for the document…' : undefined}
        />
        <Button
          size="xs"
          leftSection={<IconCloudUpload size={14} aria-hidden />}
          loading={save.isPending}
          disabled={!plan || !input}
          onClick={() => {
            if (!plan || !input) return;
            setResult(null);
            save.mutate(
              {
                plan,
                input,
                renal: model.renal,
                findings: model.findings,
                regimenName: model.regimen?.name,
              },
              { onSuccess: (saved) => setResult(describeSaveResult(saved)) },
            );
          }}
        >
          Save to chart
        </Button>
      </Group>
      {patient.isError ? (
        <Text size="xs" c="orange.9" role="status">
          The patient’s name could not be loaded; documents will say “no patient selected”.
        </Text>
      ) : null}
      {result ? (
        <Alert
          color={result.saved ? 'green' : 'orange'}
          icon={<IconDeviceFloppy size={16} aria-hidden />}
          title={result.title}
          role="status"
          maw={480}
        >
          {result.message}
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert color="red" title="The plan was not saved" role="alert" maw={480}>
          {save.error instanceof Error ? save.error.message : String(save.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
