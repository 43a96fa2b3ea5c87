import { Badge, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { REGIMENS } from '../../rules';
import { EvidenceBadge } from '../../components/EvidenceBadge';
import { SourceLinks } from '../../components/SourceLinks';
import { t } from '../../i18n';

/** The regimen catalogue as selectable cards, each with its evidence label and sources. */
export function RegimenPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const selected = REGIMENS.find((regimen) => regimen.id === value);
  return (
    <Radio.Group
      value={value}
      onChange={onChange}
      label={t('regimen.label')}
      description={t('regimen.description')}
    >
      <SimpleGrid cols={1} spacing={6} mt={6}>
        {REGIMENS.map((regimen) => (
          <Radio.Card
            key={regimen.id}
            value={regimen.id}
            radius="md"
            p="xs"
            withBorder
            aria-label={regimen.name}
            style={{
              borderColor: value === regimen.id ? 'var(--mantine-color-brand-7)' : undefined,
              borderWidth: value === regimen.id ? 2 : 1,
            }}
          >
            <Group wrap="nowrap" align="flex-start" gap="xs">
              <Radio.Indicator mt={2} />
              <Stack gap={2} style={{ flex: 1 }}>
                <Group gap={6} justify="space-between">
                  <Text fw={600} size="sm">
                    {regimen.name}
                  </Text>
                  <Group gap={4}>
                    <Badge
                      size="sm"
                      variant="outline"
                      color={regimen.kind === 'fixed' ? 'indigo' : 'teal'}
                      tt="none"
                    >
                      {t(regimen.kind === 'fixed' ? 'regimen.kind.fixed' : 'regimen.kind.flexible')}
                    </Badge>
                    <EvidenceBadge evidence={regimen.evidence} />
                  </Group>
                </Group>
                <Text size="xs" c="dark.5" lineClamp={value === regimen.id ? undefined : 1}>
                  {regimen.summary}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
      {selected ? (
        <Stack gap={2} mt={6} aria-label={t('regimen.sourcesFor', { name: selected.name })} role="group">
          <SourceLinks sources={selected.sources} />
        </Stack>
      ) : null}
    </Radio.Group>
  );
}
