import { lazy, Suspense } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { PlannerModel } from '../../lib/plannerModel';
import { planExportData } from '../../lib/exportData';
import { WithQueryClient } from '../../lib/queryClientSource';
import { ExportPdfButtons } from '../../features/export-pdf/ExportPdfButtons';

// Chart-patient actions need the FHIR client and storage; load them only when a patient is selected.
const PatientPlanActions = lazy(() => import('./PatientPlanActions'));

/**
 * The plan's actions (print, export, save to chart). They live with the route because they join
 * features that must not import each other (plan display, PDF export, patient charts).
 */
export function PlannerActions({
  model,
  patientId,
  locale,
}: {
  model: PlannerModel;
  patientId?: string;
  locale?: string;
}) {
  if (!model.plan || model.plan.blocked) return null;
  return (
    <>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconPrinter size={14} aria-hidden />}
        onClick={() => window.print()}
      >
        Print
      </Button>
      {patientId ? (
        <Suspense fallback={<Loader size="xs" role="status" aria-label="Loading chart actions" />}>
          <WithQueryClient>
            <PatientPlanActions model={model} patientId={patientId} locale={locale} />
          </WithQueryClient>
        </Suspense>
      ) : (
        <ExportPdfButtons data={planExportData(model, { locale, generatedAt: new Date().toISOString() })} />
      )}
    </>
  );
}
