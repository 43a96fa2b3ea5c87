import { Text } from '@mantine/core';
import { creatinineMgDlToUmolL, creatinineToMgDl } from '../../rules';
import { formatNumber } from '../../lib/format';
import { t } from '../../i18n';

interface Props {
  value?: number;
  unit: 'mg/dL' | 'umol/L';
}

/** The value in the other unit (a value that looks like the other unit gets the unit question). */
export function CreatinineUnitHint({ value, unit }: Props) {
  if (value === undefined || !(value > 0)) return null;
  const mgDl = creatinineToMgDl(value, unit);
  const equivalent =
    unit === 'mg/dL'
      ? t('renal.equivalent', { value: formatNumber(creatinineMgDlToUmolL(mgDl), 0), unit: 'µmol/L' })
      : t('renal.equivalent', { value: formatNumber(mgDl, 2), unit: 'mg/dL' });
  return (
    <Text size="xs" c="dark.5">
      {equivalent}
    </Text>
  );
}
