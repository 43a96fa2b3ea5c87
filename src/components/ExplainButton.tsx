import { lazy } from 'react';
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMathFunction } from '@tabler/icons-react';
import type { ExplainStep } from '../rules';
import { LazyModal } from './LazyModal';

// The explanation (with its inputs table) loads with the dialog, on the first click.
const ExplainSteps = lazy(() =>
  import('./ExplainSteps').then((module) => ({ default: module.ExplainSteps })),
);

interface ExplainButtonProps {
  /** What the button explains, e.g. "CrCl" — also the dialog title. */
  subject: string;
  steps: readonly ExplainStep[];
  size?: 'compact-xs' | 'xs' | 'compact-sm';
}

/** "How is this calculated?": opens the formula, inputs, rule id, evidence and sources of a number. */
export function ExplainButton({ subject, steps, size = 'compact-xs' }: ExplainButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  if (steps.length === 0) return null;
  return (
    <>
      <Button
        variant="subtle"
        size={size}
        leftSection={<IconMathFunction size={14} aria-hidden />}
        onClick={open}
        aria-label={`Explain ${subject}`}
        className="no-print"
        style={{ flexShrink: 0 }}
      >
        Explain
      </Button>
      <LazyModal
        opened={opened}
        onClose={close}
        title={`How it is worked out: ${subject}`}
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close explanation' }}
      >
        <ExplainSteps steps={steps} />
      </LazyModal>
    </>
  );
}
