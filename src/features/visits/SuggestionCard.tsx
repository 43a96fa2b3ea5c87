/**
 * What the rules suggest at this visit (spec §9), with its reason, rule id, evidence and sources, and
 * the two ways on: record the visit and re-plan as suggested (from the visit date, at the dose taken),
 * or record it and keep the plan. The re-plan can be edited afterwards in the planner's steps.
 */
import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import type { Finding, VisitAction, VisitSuggestion } from '../../rules';
import { FindingCard } from '../../components/FindingCard';
import { EvidenceBadge } from '../../components/EvidenceBadge';
import { SeverityBadge } from '../../components/SeverityBadge';
import { SourceLinks } from '../../components/SourceLinks';

export const ACTION_LABEL: Record<VisitAction, string> = {
  continue: 'Continue',
  hold: 'Hold',
  'step-back': 'Step back',
  maintain: 'Maintain',
  'reassess-taper': 'Reassess · consider a taper',
  'urgent-review': 'Urgent review',
};

interface Props {
  suggestion: VisitSuggestion;
  /** Interaction findings of the medicines reported at the visit. */
  medicationFindings: readonly Finding[];
  busy: boolean;
  onAccept: () => void;
  onRecordOnly: () => void;
}

export function SuggestionCard({ suggestion, medicationFindings, busy, onAccept, onRecordOnly }: Props) {
  const [main, ...others] = suggestion.findings;
  const replan = suggestion.replan;
  const how =
    replan.mode === 'taper-only'
      ? `taper from ${replan.startDate} at ${replan.currentDoseMgPerDay} mg/day`
      : `re-plan from ${replan.startDate} at ${replan.currentDoseMgPerDay} mg/day`;
  return (
    <Card withBorder padding="sm" radius="sm" aria-labelledby="visit-suggestion-title" component="section">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Text fw={700} id="visit-suggestion-title">
            Suggested: {ACTION_LABEL[suggestion.action]}
          </Text>
          {main ? <SeverityBadge severity={main.severity} /> : null}
          <EvidenceBadge evidence={suggestion.evidence} />
          <Badge variant="outline" color="gray" tt="none">
            {suggestion.ruleId}
          </Badge>
        </Group>
        {main ? (
          <>
            <Text size="sm" fw={600}>
              {main.title}
            </Text>
            <Text size="sm">{main.detail}</Text>
            {main.action ? (
              <Text size="sm" c="dark.6">
                {main.action}
              </Text>
            ) : null}
          </>
        ) : null}
        <SourceLinks sources={suggestion.sources} />
        {others.length > 0 || medicationFindings.length > 0 ? (
          <Stack gap={6}>
            {[...others, ...medicationFindings].map((finding) => (
              <FindingCard key={`${finding.ruleId}-${finding.subject ?? ''}`} finding={finding} />
            ))}
          </Stack>
        ) : null}
        {suggestion.action === 'urgent-review' ? (
          <Alert color="red" variant="light" title="Never stop baclofen abruptly">
            Withdrawal can cause hallucinations, seizures and hyperthermia. If toxicity is suspected, reduce
            under supervision.
          </Alert>
        ) : null}
        <Group gap="xs" wrap="wrap">
          <Button onClick={onAccept} loading={busy}>
            Record visit and {replan.mode === 'taper-only' ? 'taper' : 're-plan'}
          </Button>
          <Button variant="default" onClick={onRecordOnly} disabled={busy}>
            Record visit, keep the plan
          </Button>
        </Group>
        <Text size="xs" c="dark.5">
          Accepting will {how}; you can edit the re-plan in the steps above, then save it to the chart.
        </Text>
      </Stack>
    </Card>
  );
}
