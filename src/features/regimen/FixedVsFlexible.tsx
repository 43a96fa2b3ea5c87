import { SimpleGrid, Stack, Text } from '@mantine/core';
import { t } from '../../i18n';

/** The two kinds of regimen side by side, so the choice is an informed one. */
export function FixedVsFlexible() {
  return (
    <SimpleGrid cols={2} spacing="xs" role="group" aria-label={t('regimen.fixedVsFlexible')}>
      <Stack gap={2} p="xs" bg="indigo.0" style={{ borderRadius: 8 }}>
        <Text size="xs" fw={700}>
          {t('regimen.kind.fixed')}
        </Text>
        <Text size="xs">{t('regimen.fixed.text')}</Text>
      </Stack>
      <Stack gap={2} p="xs" bg="teal.0" style={{ borderRadius: 8 }}>
        <Text size="xs" fw={700}>
          {t('regimen.kind.flexible')}
        </Text>
        <Text size="xs">{t('regimen.flexible.text')}</Text>
      </Stack>
    </SimpleGrid>
  );
}
