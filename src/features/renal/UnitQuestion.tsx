import { Alert, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconHelpOctagon } from '@tabler/icons-react';
import type { RenalAssessment } from '../../rules';
import { formatNumber } from '../../lib/format';

type Reading = NonNullable<RenalAssessment['unitQuestion']>['asEntered'];

const UNIT_LABEL: Record<Reading['unit'], string> = { 'mg/dL': 'mg/dL', 'umol/L': 'µmol/L' };

function readingText(reading: Reading): string {
  return `${reading.value} ${UNIT_LABEL[reading.unit]}`;
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
    ['As entered', asEntered],
    ['In the other unit', otherReading],
  ];
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconHelpOctagon aria-hidden />}
      title={`Unit question — ${question.question}`}
      role="alert"
      data-testid="unit-question"
    >
      <Stack gap="xs">
        <Text size="sm">
          {readingText(asEntered)} is almost certainly a value in {UNIT_LABEL[otherReading.unit]}. The two
          readings give very different kidney function; answer before anything else — no plan is built until
          you do.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {rows.map(([label, reading]) => (
            <Card key={label} withBorder padding="xs" radius="sm" component="section" aria-label={label}>
              <Text size="sm" fw={700}>
                {label}: {readingText(reading)}
                {reading.unit === 'umol/L' ? ` (${formatNumber(reading.creatinineMgDl, 2)} mg/dL)` : ''}
              </Text>
              <Text size="sm">
                CrCl {formatNumber(reading.crclMlMin, 1)} mL/min · eGFR{' '}
                {formatNumber(reading.egfrMlMin173, 1)} · band {reading.band}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" color="red" onClick={() => onSwitchUnit(otherReading.unit)}>
            Use {UNIT_LABEL[otherReading.unit]} ({readingText(otherReading)})
          </Button>
          <Button size="xs" variant="default" onClick={onConfirm}>
            Keep {UNIT_LABEL[asEntered.unit]}: I confirm {readingText(asEntered)}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
