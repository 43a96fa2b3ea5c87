import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { renalBandRule, type RenalAssessment, type RenalBand } from '../../rules';
import type { RenalField } from '../../lib/plannerModel';
import { formatNumber } from '../../lib/format';
import { ExplainButton } from '../../components/ExplainButton';
import { FindingsList } from '../../components/FindingsList';
import { t } from '../../i18n';

const BAND_COLOR: Record<RenalBand, string> = {
  normal: 'green.9',
  mild: 'yellow.9',
  moderate: 'orange.9',
  severe: 'red.9',
  dialysis: 'red.9',
};
const FIELD_LABEL_ID: Record<RenalField, string> = {
  ageYears: 'renal.field.ageYears',
  sex: 'renal.field.sex',
  weightKg: 'renal.field.weightKg',
  'creatinine.value': 'renal.field.creatinine.value',
};

export function BandBadge({ band, short = false }: { band: RenalBand; short?: boolean }) {
  // The short form ("Severe") fits beside each estimator on a phone without being cut off.
  const label = t(short ? `renal.band.short.${band}` : `renal.band.${band}`);
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
        {t('renal.enterMissing', {
          fields: missing.map((field) => t(FIELD_LABEL_ID[field])).join(', '),
        })}
      </Text>
    );
  }
  const explain = assessment.explain ?? [];
  const crclSteps = explain.filter((step) => !step.ruleId.includes('ckd-epi'));
  const egfrSteps = explain.filter(
    (step) => step.ruleId.includes('ckd-epi') || step.ruleId.includes('unit-conversion'),
  );
  return (
    <Card
      withBorder
      padding="sm"
      bg="gray.0"
      aria-live="polite"
      role="group"
      aria-label={t('renal.assessment')}
    >
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <Stack gap={0}>
            <Text size="xs" c="dark.5">
              {t('renal.crcl')}
            </Text>
            <Group gap={6} align="baseline">
              <Text fw={700} size="xl" data-testid="crcl">
                {formatNumber(assessment.crclMlMin, 1)}
              </Text>
              <Text size="xs">mL/min</Text>
            </Group>
            <Text size="xs" c="dark.5">
              {t(`renal.weightUsed.${assessment.weightBasis}`, {
                kg: formatNumber(assessment.weightUsedKg, 1),
              })}
            </Text>
            <Group gap={4}>
              {assessment.bandByCrcl ? <BandBadge band={assessment.bandByCrcl} short /> : null}
              <ExplainButton subject={t('renal.explain.crcl')} steps={crclSteps} />
            </Group>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dark.5">
              {t('renal.egfr')}
            </Text>
            <Group gap={6} align="baseline">
              <Text fw={700} size="xl" data-testid="egfr">
                {formatNumber(assessment.egfrMlMin173, 1)}
              </Text>
              <Text size="xs">mL/min/1.73 m²</Text>
            </Group>
            <Text size="xs" c="dark.5">
              {t(unit === 'umol/L' ? 'renal.scrMgDl.converted' : 'renal.scrMgDl', {
                value: formatNumber(assessment.creatinineMgDl, 2),
              })}
            </Text>
            <Group gap={4}>
              {assessment.bandByEgfr ? <BandBadge band={assessment.bandByEgfr} short /> : null}
              <ExplainButton subject={t('renal.explain.egfr')} steps={egfrSteps} />
            </Group>
          </Stack>
        </SimpleGrid>
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('renal.bandLabel')}
            </Text>
            <BandBadge band={assessment.band} />
            <Text size="xs" c="dark.5">
              {t(`renal.decidedBy.${assessment.decidedBy}`)}
            </Text>
          </Group>
          <Group gap={6}>
            <Text size="sm" fw={600}>
              {t('renal.doseFactor')}
            </Text>
            <Text size="sm" data-testid="dose-factor">
              × {renalBandRule(assessment.band).doseFactorText}
            </Text>
            <ExplainButton subject={t('renal.explain.band')} steps={explain} />
          </Group>
        </Group>
        <FindingsList findings={assessment.findings} emptyText={t('renal.noWarnings')} />
      </Stack>
    </Card>
  );
}
