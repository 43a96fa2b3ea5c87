import { Anchor, Text } from '@mantine/core';
import { creatinineMgDlToUmolL, creatinineToMgDl } from '../../rules';
import { formatNumber } from '../../lib/format';

interface Props {
  value?: number;
  unit: 'mg/dL' | 'umol/L';
  onSwitchUnit: (unit: 'mg/dL' | 'umol/L') => void;
}

/** The value in the other unit, and a one-click fix when an mg/dL value looks like µmol/L (spec §2.4). */
export function CreatinineUnitHint({ value, unit, onSwitchUnit }: Props) {
  if (value === undefined || !(value > 0)) return null;
  const mgDl = creatinineToMgDl(value, unit);
  const equivalent =
    unit === 'mg/dL'
      ? `= ${formatNumber(creatinineMgDlToUmolL(mgDl), 0)} µmol/L`
      : `= ${formatNumber(mgDl, 2)} mg/dL`;
  const suspect = unit === 'mg/dL' && value > 20;
  return (
    <Text size="xs" c="dark.5">
      {equivalent}
      {suspect ? (
        <>
          {' · '}
          <Anchor component="button" type="button" size="xs" onClick={() => onSwitchUnit('umol/L')}>
            Did you mean {value} µmol/L ({formatNumber(creatinineToMgDl(value, 'umol/L'), 2)} mg/dL)? Use
            µmol/L
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}
