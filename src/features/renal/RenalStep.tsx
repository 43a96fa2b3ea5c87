import { Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import type { RenalAssessment, RulesInputError } from '../../rules';
import type { PlannerState } from '../../lib/plannerLink';
import type { RenalField } from '../../lib/plannerModel';
import { NumericField } from '../../components/NumericField';
import { RenalResult } from './RenalResult';
import { StaleValueNote } from './StaleValueNote';
import { CreatinineUnitHint } from './CreatinineUnitHint';
import { UnitQuestion } from './UnitQuestion';
import { t } from '../../i18n';
import { inputErrorWords } from '../../i18n/clinical';
import { usePreferences } from '../../i18n/preferences';
import { AGE_UNITS, HEIGHT_UNITS, WEIGHT_UNITS } from '../../lib/parseQuantity';

type RenalValues = Pick<
  PlannerState,
  | 'age'
  | 'sex'
  | 'weightKg'
  | 'heightCm'
  | 'scr'
  | 'scrUnit'
  | 'dialysis'
  | 'basis'
  | 'scrDate'
  | 'weightDate'
  | 'heightDate'
>;

interface RenalStepProps {
  values: RenalValues;
  onChange: (patch: Partial<PlannerState>) => void;
  assessment?: RenalAssessment;
  /** Every field's error at once, each shown at its field. */
  errors: readonly RulesInputError[];
  missing: RenalField[];
  /** The clinical day labs are dated against; undefined while a pre-rendered page hydrates. */
  today: string | undefined;
}

/** Step 1 — patient and renal function: CrCl and eGFR update as the clinician types. */
/** Errors of these fields show at the field; any other (a cross-field rule) shows below the fields. */
const FIELD_PATHS = new Set([
  'ageYears',
  'sex',
  'weightKg',
  'heightCm',
  'creatinine.value',
  'creatinine.unit',
  'weightBasis',
]);

export function RenalStep({ values, onChange, assessment, errors, missing, today }: RenalStepProps) {
  const errorFor = (field: string): string | undefined =>
    errors.filter((error) => error.field === field).map((error) => inputErrorWords(error))[0];
  const { creatinineUnit } = usePreferences();
  // A creatinine without a unit (a link) has always meant mg/dL; an empty field starts in the unit this
  // device prefers, and that unit is written with the first value so the plan's link says it.
  const unit = values.scrUnit ?? (values.scr !== undefined ? 'mg/dL' : creatinineUnit);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm" verticalSpacing="xs">
        <NumericField
          label={t('renal.age')}
          rightSection={<Text size="xs">{t('renal.age.suffix')}</Text>}
          value={values.age}
          onNumber={(value) => onChange({ age: value })}
          units={AGE_UNITS}
          allowDecimal={false}
          allowNegative={false}
          error={errorFor('ageYears')}
          required
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="sex-label">
            {t('renal.sex')}{' '}
            <Text span c="red" aria-hidden>
              *
            </Text>
          </Text>
          <SegmentedControl
            aria-labelledby="sex-label"
            value={values.sex ?? ''}
            onChange={(value) =>
              onChange({ sex: value === 'female' || value === 'male' ? value : undefined })
            }
            data={[
              { value: 'female', label: t('renal.sex.female') },
              { value: 'male', label: t('renal.sex.male') },
            ]}
            fullWidth
          />
          {errorFor('sex') ? (
            <Text size="xs" c="red.8">
              {errorFor('sex')}
            </Text>
          ) : null}
        </Stack>
        <NumericField
          label={t('renal.weight')}
          rightSection={<Text size="xs">kg</Text>}
          value={values.weightKg}
          onNumber={(value) => onChange({ weightKg: value })}
          units={WEIGHT_UNITS}
          decimalScale={1}
          allowNegative={false}
          error={errorFor('weightKg')}
          description={<StaleValueNote date={values.weightDate} today={today} />}
          required
        />
        <NumericField
          label={t('renal.height')}
          rightSection={<Text size="xs">cm</Text>}
          value={values.heightCm}
          onNumber={(value) => onChange({ heightCm: value })}
          units={HEIGHT_UNITS}
          decimalScale={1}
          allowNegative={false}
          error={errorFor('heightCm')}
          description={
            values.heightDate ? (
              <StaleValueNote date={values.heightDate} today={today} />
            ) : (
              t('renal.height.optional')
            )
          }
        />
      </SimpleGrid>
      <Stack gap={4}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumericField
            label={t('renal.creatinine')}
            value={values.scr}
            onNumber={(value) =>
              onChange({
                scr: value,
                ...(values.scrUnit === undefined && unit !== 'mg/dL' ? { scrUnit: unit } : {}),
                unitConfirmed: undefined,
              })
            }
            decimalScale={unit === 'mg/dL' ? 2 : 0}
            allowNegative={false}
            error={errorFor('creatinine.value') ?? errorFor('creatinine.unit')}
            description={<StaleValueNote date={values.scrDate} today={today} />}
            required
            style={{ flex: 1 }}
          />
          <SegmentedControl
            aria-label={t('renal.creatinineUnit')}
            value={unit}
            onChange={(value) =>
              onChange({ scrUnit: value === 'umol/L' ? 'umol/L' : 'mg/dL', unitConfirmed: undefined })
            }
            data={[
              { value: 'mg/dL', label: 'mg/dL' },
              { value: 'umol/L', label: 'µmol/L' },
            ]}
            mb={errorFor('creatinine.value') ? 22 : 0}
          />
        </Group>
        <CreatinineUnitHint value={values.scr} unit={unit} />
        {assessment?.unitQuestion ? (
          <UnitQuestion
            question={assessment.unitQuestion}
            onSwitchUnit={(scrUnit) => onChange({ scrUnit, unitConfirmed: undefined })}
            onConfirm={() => onChange({ unitConfirmed: true })}
          />
        ) : null}
      </Stack>
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('renal.basis')}
          value={values.basis ?? 'auto'}
          onChange={(value) =>
            onChange({
              basis: value === 'actual' || value === 'ideal' || value === 'adjusted' ? value : 'auto',
            })
          }
          data={[
            { value: 'auto', label: t('renal.basis.auto') },
            { value: 'actual', label: t('renal.basis.actual') },
            { value: 'ideal', label: t('renal.basis.ideal') },
            { value: 'adjusted', label: t('renal.basis.adjusted') },
          ]}
          allowDeselect={false}
          error={errorFor('weightBasis')}
        />
        <Switch
          label={t('renal.dialysis')}
          checked={values.dialysis ?? false}
          onChange={(event) => onChange({ dialysis: event.currentTarget.checked })}
          mt={30}
        />
      </SimpleGrid>
      {errors
        .filter((error) => !FIELD_PATHS.has(error.field))
        .map((error) => (
          <Text c="red.8" size="sm" role="alert" key={error.field}>
            {inputErrorWords(error)}
          </Text>
        ))}
      {assessment?.unitQuestion ? (
        // Unit first (spec §2.4): no band, hard stop or number computed from a doubtful unit is shown.
        <Text size="sm" c="dark.6" role="status">
          {t('renal.waitingForUnit')}
        </Text>
      ) : (
        <RenalResult assessment={assessment} missing={missing} hasError={errors.length > 0} unit={unit} />
      )}
    </Stack>
  );
}
