import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { TeachingCase } from '../caseTypes';
import { TopicBadge } from './TopicBadge';
import { LinkAnchor } from './LinkAnchor';

/** A case in the library: topic, title (the link), teaser and what the session covers. */
export function CaseCard({ teachingCase, number }: { teachingCase: TeachingCase; number: number }) {
  return (
    <Card
      withBorder
      padding="lg"
      radius="md"
      component="article"
      h="100%"
      aria-labelledby={`case-title-${teachingCase.id}`}
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" gap="xs">
          <TopicBadge topic={teachingCase.topic} />
          <Text size="xs" c="dark.5">
            Case {number}
          </Text>
        </Group>
        <Title order={3} size="h4" id={`case-title-${teachingCase.id}`}>
          <LinkAnchor
            to="/teaching/$caseId"
            params={{ caseId: teachingCase.id }}
            c="brand.8"
            underline="hover"
          >
            {teachingCase.title}
          </LinkAnchor>
        </Title>
        <Text size="sm" c="dark.6" style={{ flex: 1 }}>
          {teachingCase.teaser}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dark.5">
            {teachingCase.objectives.length} objectives · {teachingCase.questions.length} questions
            {teachingCase.whatIfs?.length ? ` · ${teachingCase.whatIfs.length} what-if` : ''}
          </Text>
          <IconArrowRight size={16} aria-hidden color="var(--mantine-color-brand-7)" />
        </Group>
      </Stack>
    </Card>
  );
}
