import { useTypedText } from '../../lib/typedText';
import { ActionIcon, Alert, Autocomplete, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus, IconX, IconQuestionMark } from '@tabler/icons-react';
import type { ConditionInput, InteractionResult, MedicationInput } from '../../rules';
import type { PlannerState } from '../../lib/plannerLink';
import { FindingsList } from '../../components/FindingsList';
import { drugSuggestions, conditionSuggestions } from './suggestions';
import { t } from '../../i18n';
import { usePreferences } from '../../i18n/preferences';

const CODE_SYSTEM: Record<string, string> = { rxnorm: 'RxNorm', snomed: 'SNOMED CT', icd10: 'ICD-10' };

function entryText(entry: MedicationInput | ConditionInput): string {
  if (typeof entry === 'string') return entry;
  const codes = Object.entries(entry)
    .filter(([key, value]) => key !== 'name' && value)
    .map(([key, value]) => `${CODE_SYSTEM[key] ?? 'code'} ${String(value)}`);
  return [entry.name, codes.length > 0 ? `(${codes.join(', ')})` : ''].filter(Boolean).join(' ');
}

interface EntryListProps {
  kind: 'medication' | 'condition';
  entries: (MedicationInput | ConditionInput)[];
  unrecognized: Set<string>;
  suggest: (query: string) => string[];
  onChange: (entries: (MedicationInput | ConditionInput)[]) => void;
  placeholder: string;
}

// The typed text is kept under the English word, whatever the language: a switch of language keeps it.
const TYPED_TEXT_KEY = { medication: 'entry:Medication', condition: 'entry:Condition' } as const;

function EntryList({ kind, entries, unrecognized, suggest, onChange, placeholder }: EntryListProps) {
  const label = t(`meds.${kind}`);
  // What is typed but not yet added survives a reload (and stays with this patient's plan).
  const [text, setText] = useTypedText(TYPED_TEXT_KEY[kind]);
  const add = (value: string) => {
    const trimmed = value.trim();
    if (!trimmed) return;
    onChange([...entries, trimmed]);
    setText('');
  };
  return (
    <Stack gap={6}>
      {/* method="dialog": a submit that reaches the browser (never, once React runs) does not navigate. */}
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          add(text);
        }}
      >
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <Autocomplete
            label={label}
            placeholder={placeholder}
            value={text}
            onChange={setText}
            onOptionSubmit={(value) => add(value)}
            data={suggest(text)}
            style={{ flex: 1 }}
            limit={8}
          />
          <Button
            type="submit"
            variant="light"
            leftSection={<IconPlus size={14} aria-hidden />}
            aria-label={t(`meds.add.${kind}`)}
          >
            {t('meds.add')}
          </Button>
        </Group>
      </form>
      <Group gap={6} wrap="wrap" role="group" aria-label={t(`meds.entered.${kind}`)}>
        {entries.map((entry, index) => {
          const text = entryText(entry);
          const notChecked = unrecognized.has(typeof entry === 'string' ? entry : (entry.name ?? text));
          return (
            <Badge
              key={`${text}-${index}`}
              size="lg"
              // A chart's entry can be long ("Pregnant, 14 weeks (SNOMED CT 77386006)"): it wraps, never
              // cut off, on a phone too.
              maw="100%"
              styles={{
                root: { height: 'auto', paddingBlock: 4 },
                label: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
              }}
              variant={notChecked ? 'outline' : 'light'}
              color={notChecked ? 'orange' : 'brand'}
              tt="none"
              leftSection={notChecked ? <IconQuestionMark size={12} aria-hidden /> : undefined}
              rightSection={
                <ActionIcon
                  size="xs"
                  variant="transparent"
                  color="dark"
                  aria-label={t('meds.remove', { text })}
                  onClick={() => onChange(entries.filter((_, i) => i !== index))}
                >
                  <IconX size={12} aria-hidden />
                </ActionIcon>
              }
            >
              {notChecked ? t('meds.notCheckedSuffix', { text }) : text}
            </Badge>
          );
        })}
      </Group>
    </Stack>
  );
}

interface Props {
  medications: MedicationInput[];
  conditions: ConditionInput[];
  interactions: InteractionResult;
  onChange: (patch: Partial<PlannerState>) => void;
}

/** Step 3 — co-medications and conditions, checked against the interaction and caution rules. */
export function MedsStep({ medications, conditions, interactions, onChange }: Props) {
  const unrecognized = new Set(interactions.unrecognized);
  const { brandsFirst } = usePreferences();
  return (
    <Stack gap="sm">
      <EntryList
        kind="medication"
        placeholder={t('meds.medication.placeholder')}
        entries={medications}
        unrecognized={unrecognized}
        suggest={(query) => drugSuggestions(query, brandsFirst)}
        onChange={(entries) => onChange({ meds: entries as MedicationInput[] })}
      />
      <EntryList
        kind="condition"
        placeholder={t('meds.condition.placeholder')}
        entries={conditions}
        unrecognized={unrecognized}
        suggest={conditionSuggestions}
        onChange={(entries) => onChange({ conds: entries as ConditionInput[] })}
      />
      {interactions.unrecognized.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          title={t('meds.notChecked.title')}
          icon={<IconQuestionMark aria-hidden />}
        >
          {t('meds.notChecked.body', { names: interactions.unrecognized.join(', ') })}
        </Alert>
      ) : null}
      <Title order={3} size="h5">
        {t('meds.heading')}
      </Title>
      <FindingsList
        findings={interactions.findings}
        emptyText={
          medications.length + conditions.length === 0 ? t('meds.empty.nothing') : t('meds.empty.none')
        }
      />
    </Stack>
  );
}
