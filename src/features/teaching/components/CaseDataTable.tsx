import { Table } from '@mantine/core';
import { CAPTION_STYLE } from '../tableStyles';
import { getRegimen } from '../../../rules';
import type { CaseInputs } from '../caseTypes';
import { formatCreatinine, formatDate } from '../format';
import { paramLabel, paramValueText } from '../../../lib/paramWords';

function describeMedication(med: NonNullable<CaseInputs['meds']>[number]): string {
  return typeof med === 'string' ? med : (med.name ?? med.rxnorm ?? 'unnamed');
}

function describeCondition(condition: NonNullable<CaseInputs['conditions']>[number]): string {
  return typeof condition === 'string'
    ? condition
    : (condition.name ?? condition.snomed ?? condition.icd10 ?? 'unnamed');
}

/** The case's inputs as a clinician would read them off a referral: what the rules are given. */
export function CaseDataTable({ inputs, caption }: { inputs: CaseInputs; caption: string }) {
  const { renal } = inputs;
  const regimen = getRegimen(inputs.regimenId);
  const rows: [string, string][] = [
    ['Age', `${renal.ageYears} years`],
    ['Sex', renal.sex],
    ['Weight', `${renal.weightKg} kg`],
    ['Height', renal.heightCm === undefined ? 'not recorded' : `${renal.heightCm} cm`],
    ['Serum creatinine', formatCreatinine(renal.creatinine.value, renal.creatinine.unit)],
  ];
  if (renal.onDialysis) rows.push(['Dialysis', 'on haemodialysis']);
  if (renal.weightBasis && renal.weightBasis !== 'auto')
    rows.push(['Weight basis chosen', renal.weightBasis]);
  rows.push(['Regimen', regimen?.name ?? inputs.regimenId]);
  if (inputs.mode === 'taper-only') rows.push(['Plan', 'taper only']);
  if (inputs.mode === 'replan') rows.push(['Plan', 're-plan from the current dose']);
  if (inputs.currentDoseMgPerDay !== undefined)
    rows.push(['Current dose', `${inputs.currentDoseMgPerDay} mg/day`]);
  for (const [key, value] of Object.entries(inputs.params ?? {})) {
    rows.push([`Regimen edit: ${paramLabel(key)}`, paramValueText(key, value)]);
  }
  if (inputs.profile && inputs.profile !== 'standard') rows.push(['Profile', inputs.profile]);
  if (inputs.override) rows.push(['Override reason', inputs.override.reason]);
  rows.push(['Other medicines', (inputs.meds ?? []).map(describeMedication).join(', ') || 'none']);
  if (inputs.conditions && inputs.conditions.length > 0) {
    rows.push(['Conditions', inputs.conditions.map(describeCondition).join(', ')]);
  }
  rows.push(['Plan start', formatDate(inputs.startDate)]);
  return (
    <Table fz="sm" verticalSpacing={4} captionSide="top">
      <Table.Caption style={CAPTION_STYLE}>{caption}</Table.Caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" fw={500} w="42%">
              {label}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
