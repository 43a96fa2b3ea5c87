/**
 * The visit form (spec §9): recorded in under a minute, with the keyboard alone. Every field says what
 * it needs; errors sit at their field; side effects are one radio group each (none / mild /
 * troublesome), red flags marked in words, never by colour alone.
 */
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { RED_FLAGS, SIDE_EFFECTS, SIDE_EFFECT_LABELS, type Grade, type SideEffect } from '../../rules';
import type { DraftField, VisitDraft } from './visitDraft';

interface Props {
  draft: VisitDraft;
  onChange: (patch: Partial<VisitDraft>) => void;
  errors: Partial<Record<DraftField, string>>;
  /** The plan's dose on the visit date, when the plan has that day. */
  plannedMgPerDay?: number;
  /** The plan's administrations (labels), for doses taken that differ from its split. */
  labels: readonly string[];
  /** g/day from drinks × size, shown under the drinks. */
  gramsPerDay?: number;
}

const GRADE_OPTIONS = [
  { value: 'none', label: 'None' },
  { value: 'mild', label: 'Mild' },
  { value: 'troublesome', label: 'Troublesome' },
];

function SideEffectRow({
  effect,
  grade,
  onGrade,
}: {
  effect: SideEffect;
  grade: Grade | undefined;
  onGrade: (grade: Grade) => void;
}) {
  const id = `visit-effect-${effect}`;
  const flag = RED_FLAGS.has(effect);
  return (
    <Group justify="space-between" gap="xs" wrap="wrap" role="group" aria-labelledby={id}>
      <Text size="sm" id={id} style={{ minWidth: 150 }}>
        {SIDE_EFFECT_LABELS[effect]}
        {flag ? (
          <Text span size="xs" fw={700} c="red.9" ml={6}>
            <IconAlertTriangle size={12} aria-hidden /> red flag
          </Text>
        ) : null}
      </Text>
      <SegmentedControl
        size="xs"
        data={GRADE_OPTIONS}
        value={grade ?? 'none'}
        onChange={(value) => onGrade(value as Grade)}
        aria-label={`${SIDE_EFFECT_LABELS[effect]}${flag ? ' (red flag)' : ''}`}
      />
    </Group>
  );
}

/** A number typed as text (the draft keeps what was typed; the rules read it). */
function NumberText({
  label,
  value,
  onText,
  error,
  description,
  whole = false,
}: {
  label: string;
  value: string;
  onText: (text: string) => void;
  error?: string | undefined;
  description?: string;
  whole?: boolean;
}) {
  return (
    <TextInput
      label={label}
      inputMode={whole ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={value}
      onChange={(event) => onText(event.currentTarget.value)}
      error={error}
      description={description}
    />
  );
}

export function VisitForm({ draft, onChange, errors, plannedMgPerDay, labels, gramsPerDay }: Props) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="date"
          label="Visit date"
          required
          value={draft.date}
          onChange={(event) => onChange({ date: event.currentTarget.value })}
          error={errors.date}
        />
        <TextInput
          label="Dose actually taken (mg/day)"
          required
          inputMode="decimal"
          autoComplete="off"
          value={draft.dose}
          onChange={(event) => onChange({ dose: event.currentTarget.value })}
          error={errors.dose}
          description={
            plannedMgPerDay !== undefined
              ? `Planned for that day: ${plannedMgPerDay} mg/day`
              : draft.date
                ? 'The plan has no dose on that day.'
                : 'What the patient really took, not the planned dose.'
          }
          rightSectionWidth={plannedMgPerDay !== undefined ? 92 : undefined}
          rightSection={
            plannedMgPerDay !== undefined ? (
              <Button
                size="compact-xs"
                variant="light"
                onClick={() => onChange({ dose: String(plannedMgPerDay) })}
                aria-label={`The planned dose was taken: ${plannedMgPerDay} mg/day`}
              >
                As planned
              </Button>
            ) : undefined
          }
        />
        <NativeSelect
          label="Adherence"
          value={draft.adherence}
          onChange={(event) => onChange({ adherence: event.currentTarget.value as VisitDraft['adherence'] })}
          data={[
            { value: '', label: 'Not recorded' },
            { value: 'full', label: 'Full' },
            { value: 'partial', label: 'Partial' },
            { value: 'poor', label: 'Poor' },
          ]}
          error={errors.adherence}
        />
      </SimpleGrid>
      {labels.length > 1 ? (
        <Stack gap={6}>
          <Checkbox
            label="The doses taken differ from the plan's split"
            checked={draft.splitDiffers}
            onChange={(event) => onChange({ splitDiffers: event.currentTarget.checked })}
          />
          {draft.splitDiffers ? (
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
              {labels.map((label) => (
                <NumberText
                  key={label}
                  label={`${label} (mg)`}
                  value={draft.perDose[label] ?? ''}
                  onText={(text) => onChange({ perDose: { ...draft.perDose, [label]: text } })}
                />
              ))}
            </SimpleGrid>
          ) : null}
          {errors.perDose ? (
            <Text size="xs" c="red.8" role="alert">
              {errors.perDose}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <NumberText
          label="Standard drinks per day"
          value={draft.drinks}
          onText={(drinks) => onChange({ drinks })}
          error={errors.drinks}
          description={
            gramsPerDay !== undefined ? `= ${gramsPerDay} g of alcohol/day` : 'Since the last visit'
          }
        />
        <NativeSelect
          label="Drink size"
          value={draft.drinkSize}
          onChange={(event) => onChange({ drinkSize: event.currentTarget.value as VisitDraft['drinkSize'] })}
          data={[
            { value: '', label: 'Choose…' },
            { value: '10', label: 'France: 10 g' },
            { value: '8', label: 'UK: 8 g' },
            { value: '14', label: 'US: 14 g' },
          ]}
          error={errors.drinkSize}
        />
        <NumberText
          label="Heavy-drinking days"
          whole
          value={draft.heavyDays}
          onText={(heavyDays) => onChange({ heavyDays })}
          error={errors.heavyDays}
          description="≥ 60 g (men) / ≥ 40 g (women)"
        />
        <NumberText
          label="Craving (0–10)"
          value={draft.craving}
          onText={(craving) => onChange({ craving })}
          error={errors.craving}
        />
      </SimpleGrid>
      <Fieldset legend="Side effects since the last visit" variant="unstyled">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={6} verticalSpacing={6}>
          {SIDE_EFFECTS.map((effect) => (
            <SideEffectRow
              key={effect}
              effect={effect}
              grade={draft.sideEffects[effect]}
              onGrade={(grade) => onChange({ sideEffects: { ...draft.sideEffects, [effect]: grade } })}
            />
          ))}
        </SimpleGrid>
        {errors.sideEffects ? (
          <Text size="xs" c="red.8" role="alert">
            {errors.sideEffects}
          </Text>
        ) : null}
      </Fieldset>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberText
          label="New creatinine (optional)"
          value={draft.creatinine}
          onText={(creatinine) => onChange({ creatinine })}
          error={errors.creatinine}
          description="Re-checks the kidney function and the cap"
        />
        <NativeSelect
          label="Unit of the new creatinine"
          value={draft.creatinineUnit}
          onChange={(event) =>
            onChange({ creatinineUnit: event.currentTarget.value as VisitDraft['creatinineUnit'] })
          }
          data={[
            { value: 'mg/dL', label: 'mg/dL' },
            { value: 'umol/L', label: 'µmol/L' },
          ]}
        />
        <Textarea
          label="New medicines since the last visit (optional)"
          description="One per line: checked for interactions"
          autosize
          minRows={1}
          maxRows={4}
          value={draft.medicationChanges}
          onChange={(event) => onChange({ medicationChanges: event.currentTarget.value })}
        />
      </SimpleGrid>
    </Stack>
  );
}
