import { useEffect } from 'react';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { rememberPatientLabel } from '../../lib/patientLabels';
import { IconUser } from '@tabler/icons-react';
import { clinicalToday } from '../../fhir/clock';
import { usePatientChart } from '../../features/patients/usePatientChart';
import { formatDate, sexLabel } from '../../features/patients/format';
import { t } from '../../i18n';
import { formatPlainNumber } from '../../lib/format';

/**
 * Whose plan this is, where the plan is built and saved: name, birth date and age, sex, record number,
 * allergies and the weight used with its date. It sits above the steps and prints with the page.
 * Loaded only for a chart patient (it reads the chart through the FHIR client).
 */
export default function PatientBanner({ patientId }: { patientId: string }) {
  const chart = usePatientChart(patientId, clinicalToday());
  const { patient } = chart;
  const weight = chart.labs.weights[0];
  const allergies = chart.allergies.map((allergy) => allergy.substance);
  const label = [
    patient.name,
    patient.birthDate ? t('banner.label.born', { date: formatDate(patient.birthDate) }) : '',
    patient.identifier ? t('banner.label.mrn', { id: patient.identifier }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  // So a draft of this plan, offered later on an empty planner, says whose it is.
  useEffect(() => rememberPatientLabel(patientId, label), [patientId, label]);
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-label={t('banner.region')}
      data-testid="patient-banner"
      style={{ borderLeft: '5px solid var(--mantine-color-blue-7)' }}
    >
      <Group gap="sm" align="flex-start" wrap="nowrap">
        <IconUser size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={700} size="lg" style={{ overflowWrap: 'anywhere' }}>
            {t('banner.planningFor', { name: patient.name })}
          </Text>
          <Text size="sm">
            {sexLabel(patient.sex, patient.genderRecorded)} ·{' '}
            {patient.ageYears !== undefined
              ? t('banner.age', { age: patient.ageYears, date: formatDate(patient.birthDate) })
              : t('banner.noBirthDate')}{' '}
            ·{' '}
            {patient.identifier
              ? t('banner.label.mrn', { id: patient.identifier })
              : t('banner.noMrn', { id: patientId })}
          </Text>
          <Text size="sm">
            {t('banner.allergies', {
              list: allergies.length > 0 ? allergies.join(', ') : t('banner.allergies.none'),
            })}{' '}
            ·{' '}
            {t('banner.weight', {
              weight: weight
                ? t('banner.weight.value', {
                    kg: formatPlainNumber(weight.value),
                    date: formatDate(weight.date),
                  })
                : t('banner.weight.none'),
            })}
          </Text>
          <Text size="xs" c="dark.6">
            {t('banner.prefilled')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
