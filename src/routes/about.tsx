import { createFileRoute } from '@tanstack/react-router';
import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { RULESET_VERSION } from '../rules';
import { SourcesTable } from '../features/about/SourcesTable';
import { t } from '../i18n';
import { Trans } from '@lingui/react';

export const Route = createFileRoute('/about')({
  component: AboutPage,
});

function AboutPage() {
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>{t('about.title')}</Title>
      <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('about.clinicalUse')}>
        {t('disclaimer.full')}
      </Alert>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('about.ruleset', { version: RULESET_VERSION })}
          </Title>
          <Text size="sm">{t('about.ruleset.body')}</Text>
          <Title order={4} size="h5" id="defaults">
            {t('about.evidence')}
          </Title>
          <List size="sm" spacing={4}>
            {(['trial', 'label', 'guideline', 'pk', 'default'] as const).map((kind) => (
              <List.Item key={kind}>
                <Trans id={`about.evidence.${kind}`} components={{ 0: <b /> }} />
              </List.Item>
            ))}
          </List>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={3} size="h4" mb="sm">
          {t('about.sources')}
        </Title>
        <SourcesTable />
      </Card>
    </Stack>
  );
}
