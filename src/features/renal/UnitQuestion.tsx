import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconHelpOctagon } from '@tabler/icons-react';
import type { RenalAssessment } from '../../rules';
import { formatNumber, formatPlainNumber } from '../../lib/format';
import { t } from '../../i18n';

type Reading = NonNullable<RenalAssessment['unitQuestion']>['asEntered'];

const UNIT_LABEL: Record<Reading['unit'], string> = { 'mg/dL': 'mg/dL', 'umol/L': 'µmol/L' };

function readingText(reading: Reading): string {
  return `${formatPlainNumber(reading.value)} ${UNIT_LABEL[reading.unit]}`;
}

/**
 * The unit question (spec §2.4), asked before anything else: the creatinine looks like the other
 * unit, so both readings stand side by side and the clinician switches the unit or confirms it as
 * entered. No override answers it, and no plan is built until it is answered.
 */
export function UnitQuestion({
  question,
  onSwitchUnit,
  onConfirm,
}: {
  question: NonNullable<RenalAssessment['unitQuestion']>;
  onSwitchUnit: (unit: Reading['unit']) => void;
  onConfirm: () => void;
}) {
  const { asEntered, otherReading } = question;
  const rows: [string, Reading][] = [
    [t('renal.unitQuestion.asEntered'), asEntered],
    [t('renal.unitQuestion.otherUnit'), otherReading],
  ];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconHelpOctagon aria-hidden />}
      title={t('renal.unitQuestion.title', { question: question.question })}
      role="alert"
      data-testid="unit-question"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('renal.unitQuestion.body', {
            asEntered: readingText(asEntered),
            otherUnit: UNIT_LABEL[otherReading.unit],
          })}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {rows.map(([label, reading]) => (
            <Card key={label} withBorder padding="xs" radius="sm" component="section" aria-label={label}>
              <Text size="sm" fw={700}>
                {reading.unit === 'umol/L'
                  ? t('renal.unitQuestion.readingMgDl', {
                      label,
                      reading: readingText(reading),
                      mgDl: formatNumber(reading.creatinineMgDl, 2),
                    })
                  : t('renal.unitQuestion.reading', { label, reading: readingText(reading) })}
              </Text>
              <Text size="sm">
                {t('renal.unitQuestion.figures', {
                  crcl: formatNumber(reading.crclMlMin, 1),
                  egfr: formatNumber(reading.egfrMlMin173, 1),
                  band: t(`renal.band.word.${reading.band}`),
                })}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" color="red" onClick={() => onSwitchUnit(otherReading.unit)}>
            {t('renal.unitQuestion.switch', {
              unit: UNIT_LABEL[otherReading.unit],
              reading: readingText(otherReading),
            })}
          </Button>
          <Button size="xs" variant="default" onClick={onConfirm}>
            {t('renal.unitQuestion.confirm', {
              unit: UNIT_LABEL[asEntered.unit],
              reading: readingText(asEntered),
            })}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
