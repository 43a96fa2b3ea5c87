import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { PlannerModel } from '../../lib/plannerModel';

/**
 * The plan's actions (print, export, save to chart). They live with the route because they join
 * features that must not import each other (plan display, PDF export, patient charts).
 */
export function PlannerActions({ model }: { model: PlannerModel; patientId?: string; locale?: string }) {
  if (!model.plan || model.plan.blocked) return null;
  return (
    <Button
      variant="default"
      size="xs"
      leftSection={<IconPrinter size={14} aria-hidden />}
      onClick={() => window.print()}
    >
      Print
    </Button>
  );
}
