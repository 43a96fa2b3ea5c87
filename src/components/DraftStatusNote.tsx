import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconAlertTriangle } from '@tabler/icons-react';
import type { DraftStatus } from '../lib/useDraft';
import { screenLocale, t } from '../i18n';

function time(iso: string): string {
  return new Intl.DateTimeFormat(screenLocale(), { timeStyle: 'short', dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

/**
 * Where the draft stands: saved on this device, offered, restored, set aside, unsavable, or changed in
 * another tab.
 */
/** Whose a draft is, in words: the chart patient's name when known, else what the draft says. */
function whose(draft: { search: Record<string, unknown>; label?: string }): string {
  const patient = typeof draft.search.patient === 'string' ? draft.search.patient : undefined;
  const who = draft.label
    ? t('draft.whose.label', { label: draft.label })
    : patient
      ? t('draft.whose.patient', { id: patient })
      : t('draft.whose.none');
  return typeof draft.search.age === 'number'
    ? t('draft.whose.withAge', { who, age: draft.search.age })
    : who;
}

export function DraftStatusNote({
  status,
  onLoadOtherTab,
  onKeepMine,
  onContinue,
  onContinuePrevious,
  onStartEmpty,
  onRestorePrevious,
  onDismiss,
}: {
  status: DraftStatus;
  onLoadOtherTab: (search: Record<string, unknown>) => void;
  onKeepMine: () => void;
  onContinue: (search: Record<string, unknown>, at: string) => void;
  /** Continue the older draft the offer also lists. */
  onContinuePrevious?: () => void;
  onStartEmpty: () => void;
  onRestorePrevious: () => void;
  onDismiss: () => void;
}) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'offer': {
      const previous = status.previous;
      return (
        <Alert
          color="blue"
          variant="light"
          title={t(previous ? 'draft.offer.title.two' : 'draft.offer.title.one')}
          role="status"
        >
          <Stack gap="xs">
            <Text size="sm">
              {t(previous ? 'draft.offer.latest' : 'draft.offer.last', {
                time: time(status.at),
                whose: whose(status),
              })}
            </Text>
            {previous ? (
              <Text size="sm">
                {t('draft.offer.earlier', { time: time(previous.at), whose: whose(previous) })}
              </Text>
            ) : null}
            <Group gap="xs">
              <Button size="xs" onClick={() => onContinue(status.search, status.at)}>
                {t(previous ? 'draft.offer.continueLatest' : 'draft.offer.continue')}
              </Button>
              {previous && onContinuePrevious ? (
                <Button size="xs" variant="light" onClick={onContinuePrevious}>
                  {t('draft.offer.continueEarlier')}
                </Button>
              ) : null}
              <Button size="xs" variant="default" onClick={onStartEmpty}>
                {t('draft.offer.empty')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      );
    }
    case 'set-aside':
      return (
        <Alert
          color="blue"
          variant="light"
          title={t('draft.setAside.title')}
          withCloseButton
          onClose={onDismiss}
          closeButtonLabel={t('draft.dismiss')}
          role="status"
        >
          <Group gap="xs" justify="space-between">
            <Text size="sm">{t('draft.setAside.body', { time: time(status.at) })}</Text>
            <Button size="xs" variant="light" onClick={onRestorePrevious}>
              {t('draft.setAside.restore')}
            </Button>
          </Group>
        </Alert>
      );
    case 'saved':
      return (
        <Group gap={4} aria-live="polite">
          <IconDeviceFloppy size={14} aria-hidden />
          <Text size="xs" c="dark.5">
            {t('draft.saved', { time: time(status.at) })}
          </Text>
        </Group>
      );
    case 'restored':
      return (
        <Alert
          color="blue"
          variant="light"
          title={t('draft.restored.title')}
          withCloseButton
          onClose={onDismiss}
          closeButtonLabel={t('draft.dismiss')}
        >
          {t('draft.restored.body', { time: time(status.at) })}
        </Alert>
      );
    case 'unavailable':
      return (
        <Alert
          color="orange"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('draft.unavailable.title')}
          role="alert"
        >
          {t('draft.unavailable.body', { message: status.message })}
        </Alert>
      );
    case 'other-tab':
      return (
        <Alert color="yellow" title={t('draft.otherTab.title')} role="status">
          <Group gap="xs" justify="space-between">
            <Text size="sm">{t('draft.otherTab.body', { time: time(status.at) })}</Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => onLoadOtherTab(status.search)}>
                {t('draft.otherTab.load')}
              </Button>
              <Button size="xs" variant="subtle" onClick={onKeepMine}>
                {t('draft.otherTab.keep')}
              </Button>
            </Group>
          </Group>
        </Alert>
      );
  }
}
