import { Alert, Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { t } from '../i18n';

export function NotFoundPanel() {
  return (
    <Alert color="gray" title={t('notFound.title')}>
      {t('notFound.body')}{' '}
      <Anchor component={Link} to="/planner">
        {t('notFound.open')}
      </Anchor>
      .
    </Alert>
  );
}
