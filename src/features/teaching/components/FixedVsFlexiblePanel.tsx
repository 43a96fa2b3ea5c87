import { Badge, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { REGIMENS, type Plan } from '../../../rules';
import { PlanSummaryTable } from './PlanSummaryTable';

interface Side {
  regimenId: string;
  plan: Plan | null;
  error: string | null;
}

interface FixedVsFlexiblePanelProps {
  fixed: Side;
  flexible: Side;
  onFixedChange: (regimenId: string) => void;
  onFlexibleChange: (regimenId: string) => void;
}

const options = (kind: 'fixed' | 'flexible') =>
  REGIMENS.filter((regimen) => regimen.kind === kind && regimen.id !== 'custom').map((regimen) => ({
    value: regimen.id,
    label: regimen.name,
  }));

function SideCard({
  kind,
  side,
  onChange,
}: {
  kind: 'fixed' | 'flexible';
  side: Side;
  onChange: (regimenId: string) => void;
}) {
  const regimen = REGIMENS.find((entry) => entry.id === side.regimenId);
  return (
    <Card withBorder padding="md" className="teaching-keep-together">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={4} size="h5">
            {kind === 'fixed' ? 'Fixed scheme' : 'Flexible titration'}
          </Title>
          <Badge variant="outline" color="dark" tt="none">
            {kind === 'fixed' ? 'Fixed' : 'Flexible'}
          </Badge>
        </Group>
        <Select
          label={kind === 'fixed' ? 'Fixed regimen' : 'Flexible regimen'}
          data={options(kind)}
          value={side.regimenId}
          onChange={(value) => value && onChange(value)}
          allowDeselect={false}
        />
        {regimen ? (
          <Text size="xs" c="dark.6">
            {regimen.summary}
          </Text>
        ) : null}
        {side.plan ? (
          <PlanSummaryTable plan={side.plan} caption={`Summary — ${regimen?.name ?? side.regimenId}`} />
        ) : (
          <Text size="sm">{side.error ?? 'No plan.'}</Text>
        )}
      </Stack>
    </Card>
  );
}

/** A fixed and a flexible regimen for the same patient, summarised side by side. */
export function FixedVsFlexiblePanel({
  fixed,
  flexible,
  onFixedChange,
  onFlexibleChange,
}: FixedVsFlexiblePanelProps) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <SideCard kind="fixed" side={fixed} onChange={onFixedChange} />
      <SideCard kind="flexible" side={flexible} onChange={onFlexibleChange} />
    </SimpleGrid>
  );
}
