import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDeviceFloppy, IconAlertTriangle } from '@tabler/icons-react';
import type { DraftStatus } from '../lib/useDraft';

function time(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

/**
 * Where the draft stands: saved on this device, offered, restored, set aside, unsavable, or changed in
 * another tab.
 */
export function DraftStatusNote({
  status,
  onLoadOtherTab,
  onKeepMine,
  onContinue,
  onStartEmpty,
  onRestorePrevious,
  onDismiss,
}: {
  status: DraftStatus;
  onLoadOtherTab: (search: Record<string, unknown>) => void;
  onKeepMine: () => void;
  onContinue: (search: Record<string, unknown>, at: string) => void;
  onStartEmpty: () => void;
  onRestorePrevious: () => void;
  onDismiss: () => void;
}) {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'offer': {
      const patient = typeof status.search.patient === 'string' ? status.search.patient : undefined;
      return (
        <Alert color="blue" variant="light" title="A draft is saved on this device" role="status">
          <Stack gap="xs">
            <Text size="sm">
              Last edited {time(status.at)},{' '}
              {status.label
                ? `for ${status.label}`
                : patient
                  ? `for the chart patient with FHIR id ${patient}`
                  : 'not linked to a chart patient'}
              {typeof status.search.age === 'number' ? ` (age ${status.search.age})` : ''}. It may be another
              patient’s plan: continue it only if it is this patient’s.
            </Text>
            <Group gap="xs">
              <Button size="xs" onClick={() => onContinue(status.search, status.at)}>
                Continue this draft
              </Button>
              <Button size="xs" variant="default" onClick={onStartEmpty}>
                Start an empty plan
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
          title="Your earlier draft was set aside"
          withCloseButton
          onClose={onDismiss}
          closeButtonLabel="Dismiss"
          role="status"
        >
          <Group gap="xs" justify="space-between">
            <Text size="sm">
              This page holds another plan now. The draft you last edited {time(status.at)} was not
              overwritten: it is kept on this device.
            </Text>
            <Button size="xs" variant="light" onClick={onRestorePrevious}>
              Restore the earlier draft
            </Button>
          </Group>
        </Alert>
      );
    case 'saved':
      return (
        <Group gap={4} aria-live="polite">
          <IconDeviceFloppy size={14} aria-hidden />
          <Text size="xs" c="dark.5">
            Draft saved on this device · {time(status.at)}
          </Text>
        </Group>
      );
    case 'restored':
      return (
        <Alert
          color="blue"
          variant="light"
          title="Draft restored"
          withCloseButton
          onClose={onDismiss}
          closeButtonLabel="Dismiss"
        >
          Your draft from {time(status.at)} was restored. Use “New plan” to start again (the draft is kept
          aside).
        </Alert>
      );
    case 'unavailable':
      return (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="Draft not saved" role="alert">
          {status.message} Your inputs are in this page’s address — bookmark or copy the link to keep them.
        </Alert>
      );
    case 'other-tab':
      return (
        <Alert color="yellow" title="This draft changed in another tab" role="status">
          <Group gap="xs" justify="space-between">
            <Text size="sm">
              Another tab saved this draft at {time(status.at)}. This tab’s inputs are unchanged.
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="light" onClick={() => onLoadOtherTab(status.search)}>
                Load the other tab’s version
              </Button>
              <Button size="xs" variant="subtle" onClick={onKeepMine}>
                Keep mine
              </Button>
            </Group>
          </Group>
        </Alert>
      );
  }
}
