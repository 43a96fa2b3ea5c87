import { Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCloudOff,
  IconCloudUpload,
  IconHistory,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { outboxPlanSummaries, useOutboxStatus, type OutboxPlanSummary } from '../../fhir/outbox';
import type { SavedPlanSummary } from '../../fhir/plans';
import { savedPlansOptions } from '../../fhir/queries';
import { FhirErrorAlert } from './FhirErrorAlert';
import { StatusFlag } from './StatusFlag';
import { formatDate, formatNumber } from './format';

function PlanItem({
  plan,
  local,
}: {
  plan: SavedPlanSummary;
  local?: Pick<OutboxPlanSummary, 'syncState' | 'lastError' | 'needsSignIn'>;
}) {
  return (
    <Card withBorder radius="sm" padding="sm" component="li">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {plan.title}
          </Text>
          {local ? (
            local.syncState === 'failed' ? (
              <StatusFlag
                label="Rejected by the server"
                color="red"
                Icon={IconAlertTriangle}
                description={local.lastError ?? 'The server refused this plan; it will not be sent again.'}
              />
            ) : local.needsSignIn ? (
              <StatusFlag
                label="Waiting for sign-in"
                color="orange"
                Icon={IconCloudOff}
                description={`Saved on this device only: the FHIR server asked for a valid session. Sign in again through your EHR and it is sent.${local.lastError ? ` Last try: ${local.lastError}` : ''}`}
              />
            ) : (
              <StatusFlag
                label="Not yet synced"
                color="orange"
                Icon={IconCloudOff}
                description={`Saved on this device only; it is sent when the FHIR server is reachable.${local.lastError ? ` Last try: ${local.lastError}` : ''}`}
              />
            )
          ) : plan.status === 'active' ? (
            <StatusFlag label="On the chart · active plan" color="teal" Icon={IconCircleCheck} />
          ) : (
            <StatusFlag
              label={
                plan.status === 'revoked' ? 'Replaced by a later version' : `On the chart · ${plan.status}`
              }
              color="gray"
              Icon={IconHistory}
            />
          )}
        </Group>
        <Text size="sm" c="dark.7">
          {plan.start && plan.end
            ? `${formatDate(plan.start)} to ${formatDate(plan.end)}`
            : 'dates not recorded'}
          {plan.targetMgPerDay !== undefined ? ` · target ${formatNumber(plan.targetMgPerDay)} mg/day` : ''}
          {plan.capMgPerDay !== undefined ? ` · cap ${formatNumber(plan.capMgPerDay)} mg/day` : ''}
        </Text>
        <Text size="xs" c="dark.6">
          {plan.created ? `Saved ${formatDate(plan.created)}` : ''}
          {plan.rulesetVersion ? ` · rules v${plan.rulesetVersion}` : ''}
          {plan.renalBand ? ` · renal band ${plan.renalBand}` : ''}
        </Text>
        {plan.overrideReason ? (
          <Text size="xs" c="red.8" fw={600} style={{ overflowWrap: 'anywhere' }}>
            Override of a hard stop: {plan.overrideReason}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}

/** Baclofen plans saved to this patient: from the server, and those still waiting on this device. */
export function SavedPlans({ patientId }: { patientId: string }) {
  const queryClient = useQueryClient();
  const server = useQuery(savedPlansOptions(patientId));
  const outbox = useOutboxStatus(patientId, queryClient);
  const local = outboxPlanSummaries(outbox.records);
  const plans = server.data ?? [];
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="plans-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="plans-title">
          Previous baclofen plans
        </Title>
        {local.length > 0 ? (
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {local.length} {local.length === 1 ? 'plan is' : 'plans are'} saved on this device and not yet
              on the chart.
              {outbox.needsSignIn
                ? ' The FHIR server asked for a valid session: sign in again to send it.'
                : ''}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconCloudUpload size={14} aria-hidden />}
              loading={outbox.syncing}
              onClick={() => void outbox.sync()}
            >
              Send now
            </Button>
          </Group>
        ) : null}
        {server.isPending ? (
          <Skeleton height={60} role="status" aria-label="Loading saved plans" />
        ) : server.isError ? (
          <FhirErrorAlert error={server.error} onRetry={() => void server.refetch()} />
        ) : null}
        {plans.length === 0 && local.length === 0 && !server.isPending && !server.isError ? (
          <Text size="sm" c="dark.6">
            No baclofen plan has been saved for this patient.
          </Text>
        ) : (
          <Stack
            gap="xs"
            component="ul"
            aria-label="Saved plans"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
          >
            {local.map((plan) => (
              <PlanItem key={plan.key} plan={plan} local={plan} />
            ))}
            {plans.map((plan) => (
              <PlanItem key={plan.key} plan={plan} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
