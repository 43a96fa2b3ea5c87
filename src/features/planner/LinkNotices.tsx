import { Alert, List } from '@mantine/core';
import type { PlannerLink } from '../../lib/plannerLink';
import { t } from '../../i18n';

/** Link fields in the clinician's words (a link's keys are code names, never shown as such). */
const FIELD_KEYS = new Set([
  'patient',
  'age',
  'sex',
  'weightKg',
  'heightCm',
  'scr',
  'scrUnit',
  'unitConfirmed',
  'dialysis',
  'basis',
  'scrDate',
  'weightDate',
  'heightDate',
  'regimen',
  'start',
  'profile',
  'params',
  'mode',
  'current',
  'medCodes',
  'condCodes',
  'uncoded',
  'override',
  'profileOverride',
  'acks',
  'meds',
  'conds',
]);
const label = (key: string) => t(FIELD_KEYS.has(key) ? `link.field.${key}` : 'link.field.unknown');

/**
 * What the planner did not take from the link, said at the top of the page: values that were not
 * valid, values a link may never carry, and list entries that only the sender's device holds.
 */
export function LinkNotices({ link, notInLink }: { link: PlannerLink; notInLink: number }) {
  return (
    <>
      {link.invalidFields ? (
        <Alert color="orange" title={t('link.invalid.title')} role="alert">
          {t('link.invalid.body', { fields: link.invalidFields.map(label).join(', ') })}
        </Alert>
      ) : null}
      {link.refusedFields ? (
        <Alert color="orange" title={t('link.refused.title')} role="alert">
          {t('link.refused.body', { fields: link.refusedFields.map(label).join(', ') })}
        </Alert>
      ) : null}
      {notInLink > 0 ? (
        <Alert color="orange" title={t('link.notInLink.title')} role="alert">
          <List size="sm">
            <List.Item>{t('link.notInLink.body', { count: notInLink })}</List.Item>
            <List.Item>{t('link.notInLink.ask')}</List.Item>
          </List>
        </Alert>
      ) : null}
    </>
  );
}
