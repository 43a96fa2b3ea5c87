import { Text } from '@mantine/core';
import { t } from '../i18n';

/** The clinical disclaimer; the same words appear in the shell, on the About page and on every PDF page. */
export const DISCLAIMER_TEXT =
  'Decision support for prescribers; baclofen for alcohol use disorder is off-label in most countries. ' +
  'Verify every plan against your local guidance and the product information. bacloplan does not replace clinical judgement.';

/** The short form for small screens, with the same three points. */
export const DISCLAIMER_SHORT =
  'Decision support for prescribers · off-label use · verify against your local guidance.';

export function Disclaimer({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  return (
    <Text size={size} c="dark.6" role="note" aria-label={t('disclaimer.label')}>
      <Text span inherit visibleFrom="sm">
        {t('disclaimer.full')}
      </Text>
      <Text span inherit hiddenFrom="sm">
        {t('disclaimer.short')}
      </Text>
    </Text>
  );
}
