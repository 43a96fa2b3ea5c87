import { Alert, Button, Group, Text } from '@mantine/core';
import { IconDeviceFloppy, IconAlertTriangle } from '@tabler/icons-react';
import type { DraftStatus } from '../lib/useDraft';

function time(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', dateStyle: 'medium' }).format(
    new Date(iso),
  );
}

/** Where the draft stands: saved on this device, restored, unsavable, or changed in another tab. */
export function DraftStatusNote({
  status,
  onLoadOtherTab,
  onDismiss,
}: {
  status: DraftStatus;
  onLoadOtherTab: (search: Record<string, unknown>) => void;
  onDismiss: () => void;
}) {
  switch (status.kind) {
    case 'idle':
      return null;
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
              <Button size="xs" variant="subtle" onClick={onDismiss}>
                Keep mine
              </Button>
            </Group>
          </Group>
        </Alert>
      );
  }
}
