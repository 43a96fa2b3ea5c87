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
/** Whose a draft is, in words: the chart patient's name when known, else what the draft says. */
function whose(draft: { search: Record<string, unknown>; label?: string }): string {
  const patient = typeof draft.search.patient === 'string' ? draft.search.patient : undefined;
  const who = draft.label
    ? `for ${draft.label}`
    : patient
      ? `for the chart patient with FHIR id ${patient}`
      : 'not linked to a chart patient';
  return `${who}${typeof draft.search.age === 'number' ? ` (age ${draft.search.age})` : ''}`;
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
          title={previous ? 'Two drafts are saved on this device' : 'A draft is saved on this device'}
          role="status"
        >
          <Stack gap="xs">
            <Text size="sm">
              {previous ? 'Latest: last' : 'Last'} edited {time(status.at)}, {whose(status)}. It may be
              another patient’s plan on a shared computer: continue it only for the patient it names.
            </Text>
            {previous ? (
              <Text size="sm">
                Set aside earlier: last edited {time(previous.at)}, {whose(previous)}.
              </Text>
            ) : null}
            <Group gap="xs">
              <Button size="xs" onClick={() => onContinue(status.search, status.at)}>
                {previous ? 'Continue the latest' : 'Continue this draft'}
              </Button>
              {previous && onContinuePrevious ? (
                <Button size="xs" variant="light" onClick={onContinuePrevious}>
                  Continue the earlier one
                </Button>
              ) : null}
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
