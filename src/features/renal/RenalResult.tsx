import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { renalBandRule, type RenalAssessment, type RenalBand } from '../../rules';
import type { RenalField } from '../../lib/plannerModel';
import { formatNumber } from '../../lib/format';
import { ExplainButton } from '../../components/ExplainButton';
import { FindingsList } from '../../components/FindingsList';

const BAND_LABEL: Record<RenalBand, string> = {
  normal: 'Normal',
  mild: 'Mild impairment',
  moderate: 'Moderate impairment',
  severe: 'Severe impairment',
  dialysis: 'Dialysis',
};
const BAND_COLOR: Record<RenalBand, string> = {
  normal: 'green.9',
  mild: 'yellow.9',
  moderate: 'orange.9',
  severe: 'red.9',
  dialysis: 'red.9',
};
const FIELD_LABEL: Record<RenalField, string> = {
  ageYears: 'age',
  sex: 'sex',
  weightKg: 'weight',
  'creatinine.value': 'serum creatinine',
};
const DECIDED_BY: Record<RenalAssessment['decidedBy'], string> = {
  'cockcroft-gault': 'Cockcroft–Gault decides',
  'ckd-epi-2021': 'CKD-EPI 2021 decides',
  dialysis: 'Dialysis decides',
};

export function BandBadge({ band, short = false }: { band: RenalBand; short?: boolean }) {
  // The short form ("Severe") fits beside each estimator on a phone without being cut off.
  const label = short ? BAND_LABEL[band].replace(' impairment', '') : BAND_LABEL[band];
  return (
    <Badge color={BAND_COLOR[band]} variant="filled" tt="none">
      {label}
    </Badge>
  );
}

/** CrCl, eGFR, both bands, which one decided, and the dose factor — each number explains itself. */
export function RenalResult({
  assessment,
  missing,
  hasError,
  unit,
}: {
  assessment?: RenalAssessment;
  missing: RenalField[];
  hasError: boolean;
  unit: 'mg/dL' | 'umol/L';
}) {
  if (!assessment) {
    if (hasError) return null;
    return (
      <Text size="sm" c="dark.5" aria-live="polite">
        Enter {missing.map((field) => FIELD_LABEL[field]).join(', ')} to compute renal function.
      </Text>
    );
  }
  const explain = assessment.explain ?? [];
  const crclSteps = explain.filter((step) => !step.ruleId.includes('ckd-epi'));
  const egfrSteps = explain.filter(
    (step) => step.ruleId.includes('ckd-epi') || step.ruleId.includes('unit-conversion'),
  );
  return (
    <Card withBorder padding="sm" bg="gray.0" aria-live="polite" role="group" aria-label="Renal assessment">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <Stack gap={0}>
            <Text size="xs" c="dark.5">
              CrCl (Cockcroft–Gault)
            </Text>
            <Group gap={6} align="baseline">
              <Text fw={700} size="xl" data-testid="crcl">
                {formatNumber(assessment.crclMlMin, 1)}
              </Text>
              <Text size="xs">mL/min</Text>
            </Group>
            <Text size="xs" c="dark.5">
              {assessment.weightBasis} weight {formatNumber(assessment.weightUsedKg, 1)} kg
            </Text>
            <Group gap={4}>
              {assessment.bandByCrcl ? <BandBadge band={assessment.bandByCrcl} short /> : null}
              <ExplainButton subject="CrCl" steps={crclSteps} />
            </Group>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dark.5">
              eGFR (CKD-EPI 2021)
            </Text>
            <Group gap={6} align="baseline">
              <Text fw={700} size="xl" data-testid="egfr">
                {formatNumber(assessment.egfrMlMin173, 1)}
              </Text>
              <Text size="xs">mL/min/1.73 m²</Text>
            </Group>
            <Text size="xs" c="dark.5">
              SCr {formatNumber(assessment.creatinineMgDl, 2)} mg/dL
              {unit === 'umol/L' ? ' (converted)' : ''}
            </Text>
            <Group gap={4}>
              {assessment.bandByEgfr ? <BandBadge band={assessment.bandByEgfr} short /> : null}
              <ExplainButton subject="eGFR" steps={egfrSteps} />
            </Group>
          </Stack>
        </SimpleGrid>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap={6}>
            <Text size="sm" fw={600}>
              Renal band:
            </Text>
            <BandBadge band={assessment.band} />
            <Text size="xs" c="dark.5">
              {DECIDED_BY[assessment.decidedBy]}
            </Text>
          </Group>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              Dose factor:
            </Text>
            <Text size="sm" data-testid="dose-factor">
              × {renalBandRule(assessment.band).doseFactorText}
            </Text>
            <ExplainButton subject="the renal band and dose factor" steps={explain} />
          </Group>
        </Group>
        <FindingsList findings={assessment.findings} emptyText="No renal warnings." />
      </Stack>
    </Card>
  );
}
