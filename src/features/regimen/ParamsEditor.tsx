import {
  ActionIcon,
  Badge,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { NumericField } from '../../components/NumericField';
import {
  PRODUCTS,
  type Regimen,
  type RegimenParams,
  type RulesInputError,
  type TaperParams,
} from '../../rules';
import { t } from '../../i18n';
import { inputErrorWords } from '../../i18n/clinical';

type NumericKey =
  | 'startMgPerDay'
  | 'startDays'
  | 'stepMgPerDay'
  | 'stepIntervalDays'
  | 'targetMgPerDay'
  | 'capMgPerDay'
  | 'maintenanceDays'
  | 'holdDays';
type TaperNumericKey = 'stepMgPerDay' | 'highDoseStepMgPerDay' | 'percent' | 'intervalDays';

interface Props {
  regimen: Regimen;
  /** Only the parameters the clinician changed. */
  edits: Partial<RegimenParams>;
  onChange: (edits: Partial<RegimenParams>) => void;
  /** Error from the rules module, e.g. { field: 'params.capMgPerDay', message }. */
  /** The plan's errors; those of a parameter show at its field. */
  errors: readonly RulesInputError[];
  /** What the plan does with the target, in words, when it differs from the field (a cap, a projection). */
  targetNote?: string;
}

type UnitId = 'mgPerDay' | 'days' | '%';

const NUMERIC_FIELDS: { key: NumericKey; unit: UnitId }[] = [
  { key: 'startMgPerDay', unit: 'mgPerDay' },
  { key: 'startDays', unit: 'days' },
  { key: 'stepMgPerDay', unit: 'mgPerDay' },
  { key: 'stepIntervalDays', unit: 'days' },
  { key: 'targetMgPerDay', unit: 'mgPerDay' },
  { key: 'capMgPerDay', unit: 'mgPerDay' },
  { key: 'maintenanceDays', unit: 'days' },
  { key: 'holdDays', unit: 'days' },
];

const TAPER_FIELDS: { key: TaperNumericKey; unit: UnitId; mode: TaperParams['mode'] }[] = [
  { key: 'stepMgPerDay', unit: 'mgPerDay', mode: 'step' },
  { key: 'highDoseStepMgPerDay', unit: 'mgPerDay', mode: 'step' },
  { key: 'percent', unit: '%', mode: 'percent' },
  { key: 'intervalDays', unit: 'days', mode: 'step' },
];

const unitWord = (unit: UnitId) => (unit === '%' ? '%' : t(`params.unit.${unit}`));

function EditedMark({ from, onReset }: { from: string; onReset: () => void }) {
  return (
    <Group gap={2} wrap="nowrap">
      <Badge size="xs" color="grape" variant="light" tt="none">
        {t('params.edited')}
      </Badge>
      <Tooltip label={t('params.reset.tooltip', { from })}>
        <ActionIcon
          size="xs"
          variant="subtle"
          onClick={onReset}
          aria-label={t('params.reset.label', { from })}
        >
          <IconArrowBackUp size={12} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

function parseNumberList(text: string): number[] | undefined {
  const parts = text
    .split(/[\s,;:]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isFinite(n)) ? numbers : undefined;
}

/** Every regimen parameter, editable; edits are marked and recorded on the plan (changedParams). */
export function ParamsEditor({ regimen, edits, onChange, errors, targetNote }: Props) {
  const base = regimen.params;
  const errorFor = (key: string) =>
    errors.filter((error) => error.field === `params.${key}`).map((error) => inputErrorWords(error))[0];
  const set = (patch: Partial<RegimenParams>) => {
    const next: Partial<RegimenParams> = { ...edits, ...patch };
    // Drop edits equal to the regimen's value so "edited" means really different.
    for (const key of Object.keys(next) as (keyof RegimenParams)[]) {
      if (JSON.stringify(next[key]) === JSON.stringify(base[key]) || next[key] === undefined)
        delete next[key];
    }
    onChange(next);
  };
  const reset = (key: keyof RegimenParams) => {
    const next = { ...edits };
    delete next[key];
    onChange(next);
  };
  const taper: TaperParams = { ...base.taperParams, ...(edits.taperParams ?? {}) };
  const dosesPerDay = edits.dosesPerDay ?? base.dosesPerDay;

  return (
    <Stack gap="xs">
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
        {NUMERIC_FIELDS.map(({ key, unit: unitId }) => {
          const unit = unitWord(unitId);
          const edited = edits[key] !== undefined;
          return (
            <NumericField
              key={key}
              size="xs"
              label={
                <Group gap={4} wrap="nowrap" component="span">
                  <span>{t(`params.${key}`)}</span>
                  {edited ? <EditedMark from={String(base[key])} onReset={() => reset(key)} /> : null}
                </Group>
              }
              rightSection={<Text size="xs">{unit}</Text>}
              rightSectionWidth={unit.length > 4 ? 56 : 40}
              value={edits[key] ?? base[key]}
              onNumber={(value) => set({ [key]: value })}
              allowNegative={false}
              error={errorFor(key)}
              description={key === 'targetMgPerDay' ? targetNote : undefined}
            />
          );
        })}
      </SimpleGrid>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Text size="xs" fw={500} id="doses-per-day-label">
            {t('params.dosesPerDay')}{' '}
            {edits.dosesPerDay !== undefined ? (
              <EditedMark from={String(base.dosesPerDay)} onReset={() => reset('dosesPerDay')} />
            ) : null}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby="doses-per-day-label"
            value={String(dosesPerDay)}
            onChange={(value) =>
              set({
                dosesPerDay: Number(value) as 2 | 3 | 4,
                splitWeights: undefined,
                splitLabels: undefined,
              })
            }
            data={[
              { value: '2', label: t('params.dosesPerDay.2') },
              { value: '3', label: t('params.dosesPerDay.3') },
              { value: '4', label: t('params.dosesPerDay.4') },
            ]}
          />
        </Stack>
        <TextInput
          size="xs"
          label={t('params.splitWeights')}
          placeholder={Array.from({ length: dosesPerDay }, () => '1').join(':')}
          description={t('params.splitWeights.description')}
          defaultValue={edits.splitWeights?.join(':') ?? ''}
          key={`weights-${dosesPerDay}`}
          onBlur={(event) => set({ splitWeights: parseNumberList(event.currentTarget.value) })}
          error={errorFor('splitWeights')}
          style={{ flex: 1, minWidth: 160 }}
        />
      </Group>
      <TextInput
        size="xs"
        label={t('params.splitLabels')}
        placeholder={t('params.splitLabels.placeholder')}
        defaultValue={edits.splitLabels?.join(', ') ?? ''}
        key={`labels-${dosesPerDay}`}
        onBlur={(event) => {
          const labels = event.currentTarget.value
            .split(',')
            .map((label) => label.trim())
            .filter(Boolean);
          set({ splitLabels: labels.length > 0 ? labels : undefined });
        }}
        error={errorFor('splitLabels')}
      />
      <Select
        size="xs"
        label={t('params.product')}
        value={edits.product ?? base.product}
        onChange={(value) => set({ product: (value ?? base.product) as RegimenParams['product'] })}
        data={PRODUCTS.map((product) => ({ value: product.id, label: product.label }))}
        allowDeselect={false}
        error={errorFor('product')}
      />
      <TextInput
        size="xs"
        label={t('params.intoleranceDays')}
        placeholder={t('params.intoleranceDays.placeholder')}
        description={t('params.intoleranceDays.description')}
        defaultValue={edits.intoleranceDays?.join(', ') ?? ''}
        onBlur={(event) => set({ intoleranceDays: parseNumberList(event.currentTarget.value) })}
        error={errorFor('intoleranceDays')}
      />
      <Group gap="sm" align="center">
        <Switch
          size="sm"
          label={t('params.taper')}
          checked={edits.taper ?? base.taper}
          onChange={(event) => set({ taper: event.currentTarget.checked })}
        />
        {edits.taper !== undefined ? (
          <EditedMark from={String(base.taper)} onReset={() => reset('taper')} />
        ) : null}
      </Group>
      {(edits.taper ?? base.taper) ? (
        <Stack gap={6}>
          <SegmentedControl
            size="xs"
            aria-label={t('params.taperMode')}
            value={taper.mode}
            onChange={(value) =>
              set({ taperParams: { ...taper, mode: value === 'percent' ? 'percent' : 'step' } })
            }
            data={[
              { value: 'step', label: t('params.taperMode.step') },
              { value: 'percent', label: t('params.taperMode.percent') },
            ]}
          />
          <SimpleGrid cols={2} spacing="xs" verticalSpacing={6}>
            {TAPER_FIELDS.filter((field) => field.key === 'intervalDays' || field.mode === taper.mode).map(
              ({ key, unit }) => (
                <NumericField
                  key={key}
                  size="xs"
                  label={t(`params.taper.${key}`)}
                  rightSection={<Text size="xs">{unitWord(unit)}</Text>}
                  rightSectionWidth={unitWord(unit).length > 4 ? 56 : 40}
                  value={taper[key]}
                  onNumber={(value) =>
                    set({
                      taperParams: { ...taper, [key]: value ?? base.taperParams[key] },
                    })
                  }
                  allowNegative={false}
                  error={errorFor(`taperParams.${key}`)}
                />
              ),
            )}
          </SimpleGrid>
          {edits.taperParams ? (
            <EditedMark from={t('params.regimenTaper')} onReset={() => reset('taperParams')} />
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
