import { useEffect, useRef } from 'react';
import { Breadcrumbs, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import {
  IconArrowLeft,
  IconArrowRight,
  IconCalculator,
  IconChartLine,
  IconEye,
  IconEyeOff,
  IconPrinter,
} from '@tabler/icons-react';
import type { TeachingCase } from '../caseTypes';
import { TEACHING_CASES } from '../cases';
import { caseToPlannerSearch } from '../plannerLink';
import { plannerLinkProps } from '../../../lib/plannerLink';
import { CaseAnswer } from './CaseAnswer';
import { CaseDataTable } from './CaseDataTable';
import { TopicBadge } from './TopicBadge';
import { LinkAnchor } from './LinkAnchor';
import { LinkButton } from './LinkButton';
import '../teaching.css';

// Case titles are long: let the previous/next buttons wrap on a phone instead of clipping the title.
const PAGER_STYLES = { label: { whiteSpace: 'normal' as const } };

interface CaseViewProps {
  teachingCase: TeachingCase;
  revealed: boolean;
  onRevealChange: (revealed: boolean) => void;
}

/** One teaching case: vignette, data, objectives and questions; the computed answer on reveal. */
export function CaseView({ teachingCase, revealed, onRevealChange }: CaseViewProps) {
  const index = TEACHING_CASES.findIndex((entry) => entry.id === teachingCase.id);
  const previous = index > 0 ? TEACHING_CASES[index - 1] : undefined;
  const next = TEACHING_CASES[index + 1];
  const answerHeading = useRef<HTMLHeadingElement>(null);
  const focusAnswer = useRef(false);

  useEffect(() => {
    // Move focus only after a click on "Reveal", not when a link opens with the answer shown.
    if (revealed && focusAnswer.current) {
      answerHeading.current?.focus();
      focusAnswer.current = false;
    }
  }, [revealed]);

  function toggle() {
    focusAnswer.current = !revealed;
    onRevealChange(!revealed);
  }

  return (
    <Stack gap="lg" maw={1280} className="teaching-case">
      <Breadcrumbs className="no-print" aria-label="Breadcrumb">
        <LinkAnchor to="/teaching" size="sm">
          Teaching cases
        </LinkAnchor>
        <Text size="sm" aria-current="page">
          {teachingCase.title}
        </Text>
      </Breadcrumbs>

      <Stack gap={6}>
        <Group gap="xs">
          <TopicBadge topic={teachingCase.topic} />
          <Text size="sm" c="dark.5">
            Case {index + 1} of {TEACHING_CASES.length}
          </Text>
        </Group>
        <Title order={2}>{teachingCase.title}</Title>
      </Stack>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Card withBorder padding="lg" h="100%" className="teaching-keep-together">
            <Stack gap="md">
              <Title order={3} size="h4">
                Vignette
              </Title>
              <Text style={{ lineHeight: 1.6 }}>{teachingCase.vignette}</Text>
              <CaseDataTable inputs={teachingCase.inputs} caption="Case data given to the rules" />
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg" h="100%">
            <Card withBorder padding="lg" className="teaching-keep-together">
              <Title order={3} size="h4" mb="sm">
                Learning objectives
              </Title>
              <List size="sm" spacing={6}>
                {teachingCase.objectives.map((objective) => (
                  <List.Item key={objective}>{objective}</List.Item>
                ))}
              </List>
            </Card>
            <Card withBorder padding="lg" bg="brand.0" className="teaching-keep-together">
              <Title order={3} size="h4" mb="sm">
                Questions to ask
              </Title>
              <List type="ordered" size="sm" spacing={8}>
                {teachingCase.questions.map((question) => (
                  <List.Item key={question}>{question}</List.Item>
                ))}
              </List>
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      <Group gap="sm" className="no-print" wrap="wrap">
        <Button
          onClick={toggle}
          leftSection={revealed ? <IconEyeOff size={18} aria-hidden /> : <IconEye size={18} aria-hidden />}
          aria-expanded={revealed}
          aria-controls="case-answer"
        >
          {revealed ? 'Hide answer' : 'Reveal answer'}
        </Button>
        <LinkButton
          {...plannerLinkProps(caseToPlannerSearch(teachingCase.inputs))}
          variant="light"
          leftSection={<IconCalculator size={18} aria-hidden />}
        >
          Open in planner
        </LinkButton>
        <LinkButton
          to="/teaching/compare"
          search={{ case: teachingCase.id }}
          variant="light"
          leftSection={<IconChartLine size={18} aria-hidden />}
        >
          What-if lab
        </LinkButton>
        <Button
          variant="subtle"
          leftSection={<IconPrinter size={18} aria-hidden />}
          onClick={() => window.print()}
        >
          Print
        </Button>
      </Group>

      <section
        id="case-answer"
        aria-labelledby={revealed ? 'case-answer-heading' : undefined}
        hidden={!revealed}
      >
        {revealed ? <CaseAnswer teachingCase={teachingCase} ref={answerHeading} /> : null}
      </section>

      <Group justify="space-between" className="no-print" mt="md" wrap="wrap" gap="sm">
        {previous ? (
          <LinkButton
            to="/teaching/$caseId"
            params={{ caseId: previous.id }}
            variant="default"
            h="auto"
            py={8}
            styles={PAGER_STYLES}
            leftSection={<IconArrowLeft size={16} aria-hidden />}
          >
            Previous: {previous.title}
          </LinkButton>
        ) : (
          <span />
        )}
        {next ? (
          <LinkButton
            to="/teaching/$caseId"
            params={{ caseId: next.id }}
            variant="default"
            h="auto"
            py={8}
            styles={PAGER_STYLES}
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            Next: {next.title}
          </LinkButton>
        ) : null}
      </Group>
    </Stack>
  );
}
