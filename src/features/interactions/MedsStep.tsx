import { useTypedText } from '../../lib/typedText';
import { ActionIcon, Alert, Autocomplete, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconPlus, IconX, IconQuestionMark } from '@tabler/icons-react';
import type { ConditionInput, InteractionResult, MedicationInput } from '../../rules';
import type { PlannerState } from '../../lib/plannerLink';
import { FindingsList } from '../../components/FindingsList';
import { drugSuggestions, conditionSuggestions } from './suggestions';

const CODE_SYSTEM: Record<string, string> = { rxnorm: 'RxNorm', snomed: 'SNOMED CT', icd10: 'ICD-10' };

function entryText(entry: MedicationInput | ConditionInput): string {
  if (typeof entry === 'string') return entry;
  const codes = Object.entries(entry)
    .filter(([key, value]) => key !== 'name' && value)
    .map(([key, value]) => `${CODE_SYSTEM[key] ?? 'code'} ${String(value)}`);
  return [entry.name, codes.length > 0 ? `(${codes.join(', ')})` : ''].filter(Boolean).join(' ');
}

interface EntryListProps {
  label: string;
  entries: (MedicationInput | ConditionInput)[];
  unrecognized: Set<string>;
  suggest: (query: string) => string[];
  onChange: (entries: (MedicationInput | ConditionInput)[]) => void;
  placeholder: string;
}

function EntryList({ label, entries, unrecognized, suggest, onChange, placeholder }: EntryListProps) {
  // What is typed but not yet added survives a reload (and stays with this patient's plan).
  const [text, setText] = useTypedText(`entry:${label}`);
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
            aria-label={`Add ${label.toLowerCase()}`}
          >
            Add
          </Button>
        </Group>
      </form>
      <Group gap={6} wrap="wrap" role="group" aria-label={`${label} entered`}>
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
                  aria-label={`Remove ${text}`}
                  onClick={() => onChange(entries.filter((_, i) => i !== index))}
                >
                  <IconX size={12} aria-hidden />
                </ActionIcon>
              }
            >
              {text}
              {notChecked ? ' — not checked' : ''}
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
  return (
    <Stack gap="sm">
      <EntryList
        label="Medication"
        placeholder="Generic, brand or free text (e.g. Xanax 0.5 mg)"
        entries={medications}
        unrecognized={unrecognized}
        suggest={drugSuggestions}
        onChange={(entries) => onChange({ meds: entries as MedicationInput[] })}
      />
      <EntryList
        label="Condition"
        placeholder="e.g. epilepsy, bipolar disorder, pregnancy"
        entries={conditions}
        unrecognized={unrecognized}
        suggest={conditionSuggestions}
        onChange={(entries) => onChange({ conds: entries as ConditionInput[] })}
      />
      {interactions.unrecognized.length > 0 ? (
        <Alert color="orange" variant="light" title="Not checked" icon={<IconQuestionMark aria-hidden />}>
          bacloplan does not recognise: {interactions.unrecognized.join(', ')}. These were not checked for
          interactions — check them yourself.
        </Alert>
      ) : null}
      <Title order={3} size="h5">
        Interactions and cautions
      </Title>
      <FindingsList
        findings={interactions.findings}
        emptyText={
          medications.length + conditions.length === 0
            ? 'Add the patient’s medications and conditions to check them.'
            : 'No interactions or cautions found for what was entered.'
        }
      />
    </Stack>
  );
}
