import { createFileRoute } from '@tanstack/react-router';
import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { RULESET_VERSION } from '../rules';
import { SourcesTable } from '../features/about/SourcesTable';
import { t } from '../i18n';

export const Route = createFileRoute('/about')({
  component: AboutPage,
});

function AboutPage() {
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>About bacloplan and its sources</Title>
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Clinical use">
        {t('disclaimer.full')}
      </Alert>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4">
            Ruleset version {RULESET_VERSION}
          </Title>
          <Text size="sm">
            bacloplan encodes a written clinical specification (renal function, regimens, dose thresholds,
            tapers, interactions, conditions and monitoring). Every dose, cap and warning carries a rule id,
            an evidence label and the sources below. The version is printed on every plan and PDF so a plan
            can be traced to the rules that produced it.
          </Text>
          <Title order={4} size="h5" id="defaults">
            Evidence labels
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>
              <b>Trial</b> — from a published trial protocol or result.
            </List.Item>
            <List.Item>
              <b>Label</b> — from a product label, SmPC or monograph.
            </List.Item>
            <List.Item>
              <b>Guideline</b> — from a regulator, guideline or consensus body.
            </List.Item>
            <List.Item>
              <b>PK study</b> — from a pharmacokinetic study.
            </List.Item>
            <List.Item>
              <b>bacloplan default</b> — a safety choice where sources are silent. Always configurable and
              never presented as evidence.
            </List.Item>
          </List>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          Sources
        </Title>
        <SourcesTable />
      </Card>
    </Stack>
  );
}
