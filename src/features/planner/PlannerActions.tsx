import { lazy, Suspense } from 'react';
import { Button, Loader, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import type { PlannerModel } from '../../lib/plannerModel';
import { planExportData } from '../../lib/exportData';
import { WithQueryClient } from '../../lib/queryClientSource';
import { ExportPdfButtons } from '../../features/export-pdf/ExportPdfButtons';
import { PrescriptionDetails } from '../../features/export-pdf/PrescriptionDetails';
import { usePrescriberDetails } from '../../lib/prescriberDetails';
import { useFollowUpExport } from '../../lib/followUpExport';
import { t } from '../../i18n';

// Chart-patient actions need the FHIR client and storage; load them only when a patient is selected.
const PatientPlanActions = lazy(() => import('./PatientPlanActions'));

/**
 * The plan's actions (print, export, save to chart). They live with the route because they join
 * features that must not import each other (plan display, PDF export, patient charts).
 */
export function PlannerActions({
  model,
  patientId,
  followUpKey,
  locale,
}: {
  model: PlannerModel;
  patientId?: string;
  /** Whose follow-up visits the prescriber copy prints (this patient's or this plan's). */
  followUpKey?: string;
  locale?: string;
}) {
  const prescriber = usePrescriberDetails();
  const followUp = useFollowUpExport(followUpKey);
  if (!model.plan || model.plan.blocked) return null;
  const unacknowledged = model.plan.unacknowledged.length;
  if (unacknowledged > 0) {
    // Spec §4: a plan with a contraindicated finding is shown, but not printed, exported or saved
    // until each such finding is acknowledged with a reason.
    return (
      <Text size="xs" c="red.8" role="status" maw={360}>
        Print, export and save are locked: acknowledge{' '}
        {unacknowledged === 1
          ? 'the contraindicated finding'
          : `the ${unacknowledged} contraindicated findings`}{' '}
        in the red box of this step, with a reason.
      </Text>
    );
  }
  return (
    <>
      <PrescriptionDetails />
      <Button
        variant="default"
        size="xs"
        leftSection={<IconPrinter size={14} aria-hidden />}
        onClick={() => window.print()}
      >
        {t('actions.print')}
      </Button>
      {patientId ? (
        <Suspense fallback={<Loader size="xs" role="status" aria-label={t('actions.loadingChart')} />}>
          <WithQueryClient>
            <PatientPlanActions
              model={model}
              patientId={patientId}
              locale={locale}
              {...(followUp ? { followUp } : {})}
            />
          </WithQueryClient>
        </Suspense>
      ) : (
        <ExportPdfButtons
          data={planExportData(model, {
            locale,
            generatedAt: new Date().toISOString(),
            prescriber,
            ...(followUp ? { followUp } : {}),
          })}
        />
      )}
    </>
  );
}
