import { Alert, List } from '@mantine/core';
import type { PlannerLink } from '../../lib/plannerLink';

/** Link fields in the clinician's words (a link's keys are code names, never shown as such). */
const FIELD_LABELS: Record<string, string> = {
  patient: 'patient',
  age: 'age',
  sex: 'sex',
  weightKg: 'weight',
  heightCm: 'height',
  scr: 'serum creatinine',
  scrUnit: 'creatinine unit',
  unitConfirmed: 'creatinine unit confirmation',
  dialysis: 'dialysis',
  basis: 'weight basis',
  scrDate: 'creatinine date',
  weightDate: 'weight date',
  heightDate: 'height date',
  regimen: 'regimen',
  start: 'start date',
  profile: 'dose profile',
  params: 'regimen settings',
  mode: 'plan type',
  current: 'current dose',
  medCodes: 'medications',
  condCodes: 'conditions',
  uncoded: 'entries not in the link',
  override: 'override reason',
  profileOverride: 'dose-profile override reason',
  acks: 'acknowledgements',
  meds: 'medication names',
  conds: 'condition names',
};
const label = (key: string) => FIELD_LABELS[key] ?? 'an unknown value';

/**
 * What the planner did not take from the link, said at the top of the page: values that were not
 * valid, values a link may never carry, and list entries that only the sender's device holds.
 */
export function LinkNotices({ link, notInLink }: { link: PlannerLink; notInLink: number }) {
  return (
    <>
      {link.invalidFields ? (
        <Alert color="orange" title="Some values in the link were not valid and were ignored" role="alert">
          Ignored: {link.invalidFields.map(label).join(', ')}. Check those fields before using this plan.
        </Alert>
      ) : null}
      {link.refusedFields ? (
        <Alert color="orange" title="This link tried to set what only this page can" role="alert">
          Not taken from the link: {link.refusedFields.map(label).join(', ')}. Overrides and acknowledgements
          are recorded here, with a reason; names and free text never travel in a link.
        </Alert>
      ) : null}
      {notInLink > 0 ? (
        <Alert color="orange" title="Not every medication or condition came with this link" role="alert">
          <List size="sm">
            <List.Item>
              {notInLink === 1 ? '1 entry' : `${notInLink} entries`} of the sender&apos;s medications and
              conditions had no dictionary code (free text, or not recognised), so a link cannot carry them.
            </List.Item>
            <List.Item>Ask the sender, or check the chart, and enter them in step 3.</List.Item>
          </List>
        </Alert>
      ) : null}
    </>
  );
}
