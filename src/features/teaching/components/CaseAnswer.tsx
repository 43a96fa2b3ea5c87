import { forwardRef, useMemo } from 'react';
import { Alert, Badge, Box, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBulb, IconCalculator } from '@tabler/icons-react';
import { getRegimen, RULESET_VERSION } from '../../../rules';
import { ExplainSteps } from '../../../components/ExplainSteps';
import { FindingsList } from '../../../components/FindingsList';
import type { TeachingCase } from '../caseTypes';
import { applyWhatIf, runCase } from '../runCase';
import { checkKeyFacts } from '../keyFacts';
import { stepsForDisplay } from '../displaySteps';
import type { DoseSeries } from '../doseSeries';
import { KeyFiguresTable } from './KeyFiguresTable';
import { FactCheckTable } from './FactCheckTable';
import { VisitSuggestionsTable } from './VisitSuggestionsTable';
import { PlanSummaryTable } from './PlanSummaryTable';
import { DoseChartPanel } from './DoseChartPanel';
import { WhatIfTable, type WhatIfColumn } from './WhatIfTable';

interface CaseAnswerProps {
  teachingCase: TeachingCase;
}

/**
 * The answer to a case, computed now by the rules module from the case inputs: key figures, the
 * case text checked against them, findings, the plan and its chart, what-ifs and every calculation
 * step. The heading takes focus on reveal so keyboard and screen reader users land on the answer.
 */
export const CaseAnswer = forwardRef<HTMLHeadingElement, CaseAnswerProps>(function CaseAnswer(
  { teachingCase },
  headingRef,
) {
  const run = useMemo(() => runCase(teachingCase.inputs), [teachingCase]);
  const whatIfColumns = useMemo<WhatIfColumn[]>(
    () =>
      (teachingCase.whatIfs ?? []).map((whatIf) => ({
        id: whatIf.id,
        label: `What if: ${whatIf.label}`,
        run: runCase(applyWhatIf(teachingCase.inputs, whatIf)),
      })),
    [teachingCase],
  );
  const checks = useMemo(() => checkKeyFacts(teachingCase.keyFacts, run), [teachingCase, run]);
  const columns: WhatIfColumn[] = [{ id: 'case', label: 'Case as given', run }, ...whatIfColumns];
  const series: DoseSeries[] = columns
    .filter((column) => column.run.plan && column.run.plan.days.length > 0)
    .map((column) => ({
      id: column.id,
      label:
        column.id === 'case'
          ? `Case: ${getRegimen(teachingCase.inputs.regimenId)?.name ?? teachingCase.inputs.regimenId}`
          : column.label,
      days: column.run.plan?.days ?? [],
      capMgPerDay: column.run.plan?.capMgPerDay ?? 0,
    }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="xs">
        <Title order={3} ref={headingRef} tabIndex={-1} id="case-answer-heading">
          Answer
        </Title>
        <Badge
          variant="outline"
          color="dark"
          tt="none"
          leftSection={<IconCalculator size={14} aria-hidden />}
        >
          Computed by rules v{RULESET_VERSION}
        </Badge>
      </Group>
      <Text size="sm" c="dark.6">
        Everything below is computed now by bacloplan’s rules module from the case data — the same code the
        planner runs. Nothing in the answer is written by hand.
      </Text>

      {run.error ? (
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="The rules refused an input">
          {run.error.message} (field: {run.error.field})
        </Alert>
      ) : null}

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Card withBorder padding="md" className="teaching-keep-together">
          <KeyFiguresTable run={run} caption="Key figures" />
        </Card>
        <Card withBorder padding="md" className="teaching-keep-together">
          <Stack gap="sm">
            <Title order={4} size="h5">
              <Group gap={6} component="span">
                <IconBulb size={18} aria-hidden />
                Discussion
              </Group>
            </Title>
            <List size="sm" spacing={8}>
              {teachingCase.discussion.map((point) => (
                <List.Item key={point}>{point}</List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      </SimpleGrid>

      <Card withBorder padding="md" className="teaching-keep-together">
        <FactCheckTable checks={checks} caption="What the case text states, checked against the rules" />
      </Card>

      {run.visits.length > 0 ? (
        <Card withBorder padding="md" className="teaching-keep-together">
          <VisitSuggestionsTable visits={run.visits} />
        </Card>
      ) : null}

      <Stack gap="xs">
        <Title order={3} size="h4">
          Findings
        </Title>
        <FindingsList findings={run.findings} emptyText="The rules raise no findings for this case." />
        {run.interactions.unrecognized.length > 0 ? (
          <Text size="sm">
            <Text span fw={600}>
              Not checked:
            </Text>{' '}
            {run.interactions.unrecognized.join(', ')} — not recognised by the interaction check.
          </Text>
        ) : null}
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h4">
          Plan
        </Title>
        {run.plan ? (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Card withBorder padding="md" className="teaching-keep-together">
              <PlanSummaryTable
                plan={run.plan}
                caption={`Plan summary — ${getRegimen(teachingCase.inputs.regimenId)?.name ?? teachingCase.inputs.regimenId}`}
              />
            </Card>
            <Card withBorder padding="md">
              <DoseChartPanel
                series={series}
                title={
                  series.length > 1 ? 'Daily dose: the case and its what-ifs' : 'Daily dose over the plan'
                }
              />
            </Card>
          </SimpleGrid>
        ) : (
          <Text size="sm">No plan: the rules refused the input.</Text>
        )}
      </Stack>

      {whatIfColumns.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h4">
            What if…
          </Title>
          <Card withBorder padding="md">
            <WhatIfTable
              columns={columns}
              caption="The case and its what-ifs, each computed by the rules (bold: differs from the case as given)"
            />
          </Card>
        </Stack>
      ) : null}

      <Stack gap="xs">
        <Title order={3} size="h4">
          Every calculation, step by step
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={4} size="h5">
                Renal function
              </Title>
              <Box className="teaching-explain">
                <ExplainSteps steps={stepsForDisplay(run.renal?.explain ?? [])} />
              </Box>
            </Stack>
          </Card>
          <Card withBorder padding="md">
            <Stack gap="sm">
              <Title order={4} size="h5">
                Plan
              </Title>
              <Box className="teaching-explain">
                <ExplainSteps steps={stepsForDisplay(run.plan?.explain ?? [])} />
              </Box>
            </Stack>
          </Card>
        </SimpleGrid>
      </Stack>
    </Stack>
  );
});
