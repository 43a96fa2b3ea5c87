import { lazy, Suspense, useState } from 'react';
import { Accordion, Badge, Group, Select, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { Regimen, RegimenParams, RulesInputError } from '../../rules';
import type { PlannerState } from '../../lib/plannerLink';
import { NumericField } from '../../components/NumericField';
import { RegimenPicker } from './RegimenPicker';
import { FixedVsFlexible } from './FixedVsFlexible';
import { DateField } from '../../components/DateField';
import { t } from '../../i18n';
import { inputErrorWords } from '../../i18n/clinical';

// The parameter fields load when "Adjust parameters" opens: most plans keep the regimen's defaults, and
// the editor (every field of every regimen kind) is not needed for the planner's first page.
const ParamsEditor = lazy(() =>
  import('./ParamsEditor').then((module) => ({ default: module.ParamsEditor })),
);

interface Props {
  regimenId: string;
  regimen?: Regimen;
  search: Pick<PlannerState, 'params' | 'profile' | 'mode' | 'current' | 'start'>;
  /** Undefined only while a pre-rendered page hydrates: the field shows empty for that moment. */
  startDate: string | undefined;
  onChange: (patch: Partial<PlannerState>) => void;
  /** Every regimen error at once; each also shows at its field. */
  planErrors: readonly RulesInputError[];
  /** What the plan does with the target, in words, when it differs from the field. */
  targetNote?: string;
}

/** Step 2 — regimen: catalogue, plan settings (start, profile, re-plan/taper-only) and every parameter. */
export function RegimenStep({
  regimenId,
  regimen,
  search,
  startDate,
  onChange,
  planErrors,
  targetNote,
}: Props) {
  const edits = (search.params ?? {}) as Partial<RegimenParams>;
  const editedCount = Object.keys(edits).length;
  // Open at first when parameters were edited (a link, a draft); once opened, the editor stays mounted.
  const [paramsOpen, setParamsOpen] = useState(editedCount > 0);
  const [editorLoaded, setEditorLoaded] = useState(paramsOpen);
  const errorFor = (field: string) =>
    planErrors.filter((error) => error.field === field).map((error) => inputErrorWords(error))[0];
  const mode = search.mode ?? 'new';
  return (
    <Stack gap="sm">
      <FixedVsFlexible />
      <RegimenPicker value={regimenId} onChange={(id) => onChange({ regimen: id, params: undefined })} />
      {!regimen ? (
        <Text c="red.8" size="sm" role="alert">
          {t('regimen.unknown', { id: regimenId })}
        </Text>
      ) : null}
      <SimpleGrid cols={2} spacing="xs">
        <DateField
          label={t('regimen.startDate')}
          value={startDate}
          onDate={(start) => onChange({ start })}
          error={errorFor('startDate')}
          size="xs"
        />
        <Select
          size="xs"
          label={t('regimen.profile')}
          value={search.profile ?? 'standard'}
          onChange={(value) => onChange({ profile: value === 'fr-2018' ? 'fr-2018' : 'standard' })}
          data={[
            { value: 'standard', label: t('regimen.profile.standard') },
            { value: 'fr-2018', label: t('regimen.profile.fr-2018') },
          ]}
          allowDeselect={false}
        />
        <Select
          size="xs"
          label={t('regimen.mode')}
          value={mode}
          onChange={(value) =>
            onChange({ mode: value === 'replan' || value === 'taper-only' ? value : 'new' })
          }
          data={[
            { value: 'new', label: t('regimen.mode.new') },
            { value: 'replan', label: t('regimen.mode.replan') },
            { value: 'taper-only', label: t('regimen.mode.taper-only') },
          ]}
          allowDeselect={false}
        />
        {mode !== 'new' ? (
          <NumericField
            size="xs"
            label={t('regimen.currentDose')}
            rightSection={<Text size="xs">{t('regimen.mgPerDay')}</Text>}
            rightSectionWidth={56}
            value={search.current}
            onNumber={(value) => onChange({ current: value })}
            allowNegative={false}
            error={errorFor('currentDoseMgPerDay')}
            required
          />
        ) : null}
      </SimpleGrid>
      {regimen ? (
        <Accordion
          variant="contained"
          chevronPosition="right"
          value={paramsOpen ? 'params' : null}
          onChange={(value) => {
            setParamsOpen(value === 'params');
            if (value === 'params') setEditorLoaded(true);
          }}
        >
          <Accordion.Item value="params">
            <Accordion.Control>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {t('regimen.adjust')}
                </Text>
                {editedCount > 0 ? (
                  <Badge size="sm" color="grape" variant="light" tt="none">
                    {t('regimen.edited', { count: editedCount })}
                  </Badge>
                ) : null}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {editorLoaded ? (
                <Suspense
                  fallback={<Skeleton height={160} role="status" aria-label={t('regimen.loadingParams')} />}
                >
                  <ParamsEditor
                    regimen={regimen}
                    edits={edits}
                    onChange={(next) => onChange({ params: Object.keys(next).length > 0 ? next : undefined })}
                    errors={planErrors}
                    targetNote={targetNote}
                  />
                </Suspense>
              ) : null}
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      ) : null}
      {planErrors
        .filter((error) => !['startDate', 'currentDoseMgPerDay'].includes(error.field))
        .map((error) => (
          <Text c="red.8" size="sm" role="alert" key={error.field}>
            {inputErrorWords(error)}
          </Text>
        ))}
    </Stack>
  );
}
