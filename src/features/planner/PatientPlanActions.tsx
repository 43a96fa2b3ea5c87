import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatDate } from '../../features/patients/format';
import { IconCloudUpload, IconDeviceFloppy } from '@tabler/icons-react';
import type { PlannerModel } from '../../lib/plannerModel';
import type { Plan, RenalInput } from '../../rules';
import { usePrescriberDetails } from '../../lib/prescriberDetails';
import { AnchorLink } from '../../features/patients/AnchorLink';
import { planExportData } from '../../lib/exportData';
import type { FollowUpExport } from '../../lib/followUpExport';
import { ExportPdfButtons } from '../../features/export-pdf/ExportPdfButtons';
import type { PatientChart } from '../../fhir/mapping';
import type { PlanPatientIdentity } from '../../lib/planExport';
import { usePatientChart } from '../../features/patients/usePatientChart';
import { clinicalToday } from '../../fhir/clock';
import { describeSaveResult, useSavePlan } from '../../fhir/useSavePlan';
import { t } from '../../i18n';

/** The identity every printed page carries: the banner's, with the weight the plan used. */
function documentIdentity(
  chart: PatientChart,
  patientId: string,
  weightKg: number | undefined,
): PlanPatientIdentity {
  const { patient } = chart;
  const chartWeight = chart.labs.weights[0];
  return {
    name: patient.name,
    birthDate: patient.birthDate,
    identifier: patient.identifier ?? `FHIR Patient/${patientId}`,
    ...(patient.sex === 'female' || patient.sex === 'male' ? { sex: patient.sex } : {}),
    ...(patient.ageYears === undefined ? {} : { ageYears: patient.ageYears }),
    allergies: chart.allergies.map((allergy) => allergy.substance),
    ...(weightKg === undefined
      ? {}
      : {
          weight: {
            kg: weightKg,
            ...(chartWeight && chartWeight.value === weightKg ? { date: chartWeight.date } : {}),
          },
        }),
  };
}

/** The chart's date for the creatinine the plan used, when the planner's value is the chart's latest. */
function creatinineDateOf(
  chart: PatientChart,
  renalInput: RenalInput | undefined,
): { creatinineDate?: string } {
  const latest = chart.labs.creatinine[0];
  if (!latest || !renalInput) return {};
  const same = latest.value === renalInput.creatinine.value && latest.unit === renalInput.creatinine.unit;
  return same ? { creatinineDate: latest.date.slice(0, 10) } : {};
}

/** Export with the patient's identity, and save the plan to their chart (or the device outbox). */
export default function PatientPlanActions({
  model,
  patientId,
  locale,
  followUp,
}: {
  model: PlannerModel;
  patientId: string;
  locale?: string;
  followUp?: FollowUpExport;
}) {
  // The chart the banner shows (one query, cached): documents say whose plan it is, as the page does.
  // If it cannot be read, this panel's boundary says so: no document for a chart patient goes out
  // without the patient's identity.
  const chart = usePatientChart(patientId, clinicalToday());
  const save = useSavePlan(patientId);
  // A save's outcome belongs to the plan it saved: once the plan changes, the button is live again.
  const [outcome, setOutcome] = useState<{
    plan: Plan;
    words: ReturnType<typeof describeSaveResult>;
  } | null>(null);
  const prescriber = usePrescriberDetails();
  const data = planExportData(model, {
    locale,
    generatedAt: new Date().toISOString(),
    patient: documentIdentity(chart, patientId, model.renalInput?.weightKg),
    prescriber,
    ...creatinineDateOf(chart, model.renalInput),
    ...(followUp ? { followUp } : {}),
  });
  const plan = model.plan;
  const input = model.planInput;
  const result = outcome && outcome.plan === plan ? outcome.words : null;
  const onChart = Boolean(result?.saved);

  return (
    <Stack gap={6} align="flex-end">
      {/* Whose plan, where it is printed and saved: the banner is at the top, far up on a phone. */}
      <Text size="sm" fw={600} data-testid="actions-patient">
        {chart.patient.birthDate
          ? t('actions.forBorn', { name: chart.patient.name, date: formatDate(chart.patient.birthDate) })
          : t('actions.for', { name: chart.patient.name })}
      </Text>
      <Group gap="xs">
        <ExportPdfButtons data={data} />
        <Button
          size="xs"
          leftSection={<IconCloudUpload size={14} aria-hidden />}
          loading={save.isPending}
          disabled={!plan || !input || onChart}
          onClick={() => {
            if (!plan || !input) return;
            setOutcome(null);
            save.mutate(
              {
                plan,
                input,
                renal: model.renal,
                findings: model.findings,
                regimenName: model.regimen?.name,
                ...(prescriber.name.trim() ? { prescriberName: prescriber.name.trim() } : {}),
                fillDays: prescriber.fillDays,
              },
              { onSuccess: (saved) => setOutcome({ plan, words: describeSaveResult(saved) }) },
            );
          }}
        >
          {t(onChart ? 'actions.onChart' : 'actions.saveToChart')}
        </Button>
      </Group>
      {result ? (
        <Alert
          color={result.saved ? 'green' : 'orange'}
          icon={<IconDeviceFloppy size={16} aria-hidden />}
          title={result.title}
          role="status"
          maw={480}
        >
          {result.message}{' '}
          {result.saved ? (
            <AnchorLink to="/patients/$patientId" params={{ patientId }} size="sm">
              {t('actions.openChart')}
            </AnchorLink>
          ) : null}
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert color="red" title={t('actions.notSaved')} role="alert" maw={480}>
          {save.error instanceof Error ? save.error.message : String(save.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
