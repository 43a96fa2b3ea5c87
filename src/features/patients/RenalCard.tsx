import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ChartRenal } from '../../fhir/assess';
import type { PatientChart } from '../../fhir/mapping';
import { FindingFlags } from './FindingFlags';
import { BAND_TONE } from './severity';
import { StatusFlag } from './StatusFlag';
import { formatDate, formatNumber, unitLabel } from './format';

const DECIDED_BY = {
  'cockcroft-gault': 'Cockcroft–Gault',
  'ckd-epi-2021': 'CKD-EPI 2021',
  dialysis: 'dialysis status',
} as const;

function Value({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dark.5" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text fw={650} size="lg">
        {value}
      </Text>
      {sub ? (
        <Text size="xs" c="dark.6">
          {sub}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Latest creatinine, weight and height with their dates, and the rules module's renal assessment. */
export function RenalCard({ chart, renal }: { chart: PatientChart; renal: ChartRenal }) {
  const creatinine = chart.labs.creatinine[0];
  const weight = chart.labs.weights[0];
  const height = chart.labs.heights[0];
  // Spec 1.2 §2.6: shown beside bacloplan's value, never used instead of it.
  const labEgfr = chart.labs.labEgfr[0];
  const assessment = renal.status === 'assessed' ? renal.assessment : undefined;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="renal-title">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="renal-title">
            Renal function and body size
          </Title>
          {chart.onDialysis ? (
            <StatusFlag {...BAND_TONE.dialysis} />
          ) : assessment ? (
            <StatusFlag
              {...BAND_TONE[assessment.band]}
              description={`The more conservative of the two estimates decides: ${DECIDED_BY[assessment.decidedBy]}.`}
            />
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="md">
          <Value
            label="Creatinine"
            value={creatinine ? `${formatNumber(creatinine.value)} ${unitLabel(creatinine.unit)}` : 'none'}
            sub={creatinine ? formatDate(creatinine.date) : 'not on the chart'}
          />
          <Value
            label="eGFR (CKD-EPI 2021)"
            value={assessment ? `${formatNumber(assessment.egfrMlMin173, 1)}` : '—'}
            sub={assessment ? 'mL/min/1.73 m²' : 'not calculated'}
          />
          <Value
            label="CrCl (Cockcroft–Gault)"
            value={assessment ? `${formatNumber(assessment.crclMlMin, 1)}` : '—'}
            sub={
              assessment
                ? `mL/min, ${assessment.weightBasis} weight ${formatNumber(assessment.weightUsedKg, 1)} kg`
                : 'not calculated'
            }
          />
          <Value
            label="eGFR reported by the lab"
            value={labEgfr ? `${formatNumber(labEgfr.value, 1)}` : 'none'}
            sub={
              labEgfr
                ? `mL/min/1.73 m², ${formatDate(labEgfr.date)} · for comparison: bacloplan uses its own CKD-EPI 2021`
                : 'not on the chart'
            }
          />
          <Value
            label="Weight"
            value={weight ? `${formatNumber(weight.value, 1)} kg` : 'none'}
            sub={
              weight
                ? `${formatDate(weight.date)}${weight.recordedAs ? ` · recorded as ${weight.recordedAs}` : ''}`
                : 'not on the chart'
            }
          />
          <Value
            label="Height"
            value={height ? `${formatNumber(height.value, 1)} cm` : 'none'}
            sub={
              height
                ? `${formatDate(height.date)}${height.recordedAs ? ` · recorded as ${height.recordedAs}` : ''}`
                : 'not on the chart'
            }
          />
        </SimpleGrid>
        {assessment && assessment.findings.length > 0 ? (
          <Stack gap={6}>
            <Text size="sm" fw={600}>
              Renal findings
            </Text>
            <FindingFlags findings={assessment.findings} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
