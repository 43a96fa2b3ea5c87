import { Group, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';

/** After `delayMs` of waiting, says so: a slow EHR should look slow, not broken or empty. */
export function SlowLoadingNotice({
  delayMs = 1500,
  what = 'the FHIR server',
}: {
  delayMs?: number;
  what?: string;
}) {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShow(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return (
    <div role="status" aria-live="polite">
      {show ? (
        <Group gap="xs" wrap="nowrap">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dark.6">
            Still waiting for {what}. It is answering slowly; the results will appear as soon as they arrive.
          </Text>
        </Group>
      ) : null}
    </div>
  );
}
