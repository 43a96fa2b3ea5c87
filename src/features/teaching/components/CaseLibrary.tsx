import { Card, Chip, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { RULESET_VERSION } from '../../../rules';
import type { CaseTopic } from '../caseTypes';
import { TEACHING_CASES } from '../cases';
import { CASE_TOPICS } from '../topics';
import { CaseCard } from './CaseCard';
import { LinkButton } from './LinkButton';

interface CaseLibraryProps {
  topic: CaseTopic | undefined;
  onTopicChange: (topic: CaseTopic | undefined) => void;
}

/** The case library: filter by topic, open a case, or go to the what-if lab. */
export function CaseLibrary({ topic, onTopicChange }: CaseLibraryProps) {
  const shown = TEACHING_CASES.map((teachingCase, index) => ({ teachingCase, number: index + 1 })).filter(
    ({ teachingCase }) => topic === undefined || teachingCase.topic === topic,
  );
  return (
    <Stack gap="lg" maw={1280}>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <Stack gap={4} maw={760}>
          <Title order={2}>Teaching cases</Title>
          <Text c="dark.6">
            Worked cases for teaching baclofen prescribing in alcohol use disorder. Read the vignette, ask the
            questions, then reveal the answer: it is computed live by the rules module (v{RULESET_VERSION}),
            with every formula, band and rule explained.
          </Text>
        </Stack>
        <LinkButton
          to="/teaching/compare"
          variant="light"
          leftSection={<IconChartLine size={18} aria-hidden />}
        >
          What-if lab
        </LinkButton>
      </Group>

      <Card withBorder padding="sm" radius="md">
        <Group gap="xs" wrap="wrap" role="radiogroup" aria-label="Filter cases by topic">
          <Text size="sm" fw={500} mr={4} aria-hidden>
            Topic:
          </Text>
          <Chip.Group
            multiple={false}
            value={topic ?? 'all'}
            onChange={(value) => onTopicChange(value === 'all' ? undefined : (value as CaseTopic))}
          >
            <Chip value="all" size="sm">
              All ({TEACHING_CASES.length})
            </Chip>
            {CASE_TOPICS.map((entry) => (
              <Chip key={entry} value={entry} size="sm">
                {entry} ({TEACHING_CASES.filter((teachingCase) => teachingCase.topic === entry).length})
              </Chip>
            ))}
          </Chip.Group>
        </Group>
      </Card>

      <Text size="sm" c="dark.5" role="status">
        Showing {shown.length} of {TEACHING_CASES.length} cases
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {shown.map(({ teachingCase, number }) => (
          <CaseCard key={teachingCase.id} teachingCase={teachingCase} number={number} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
