import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseQuantity, type Parsed, type QuantityUnits } from '../lib/parseQuantity';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: number | undefined;
  onNumber: (value: number | undefined) => void;
  /** Whole numbers only (age, days). */
  allowDecimal?: boolean;
  /** Accepted for call-site clarity; negative numbers are never valid clinical inputs here. */
  allowNegative?: false;
  /** Kept for call-site compatibility; rounding is the rules module's job, not the field's. */
  decimalScale?: number;
  /** The field's unit and the suffixes it understands ("92 kg", "203 lb"). */
  units?: QuantityUnits;
};

/**
 * A number field whose value lives elsewhere (the URL). It keeps what the clinician is typing — "0." on
 * the way to "0.8", or "92 kg" — instead of re-rendering the parsed number. A unit the field knows is
 * understood (a conversion is shown under the field); anything else is refused with a message at the
 * field, and the value it had is not kept as if nothing happened.
 */
export function NumericField({
  value,
  onNumber,
  allowDecimal = true,
  allowNegative: _allowNegative,
  decimalScale: _decimalScale,
  units,
  error,
  description,
  ...props
}: Props) {
  const fromValue = (next: number | undefined) => ({
    text: next === undefined ? '' : String(next),
    sent: next,
    seen: next,
    parsed: (next === undefined ? { kind: 'empty' } : { kind: 'number', value: next }) as Parsed,
  });
  const [state, setState] = useState(() => fromValue(value));
  // The value changed: our own echo (what this field sent) keeps the text as typed; anything else — a
  // restored draft, a link, a unit fix — is shown.
  if (value !== state.seen) setState(value === state.sent ? { ...state, seen: value } : fromValue(value));
  const parsed = state.parsed;
  const note =
    parsed.kind === 'number' && parsed.convertedFrom && units
      ? `${parsed.convertedFrom} read as ${parsed.value} ${units.unit}`
      : undefined;
  return (
    <TextInput
      {...props}
      inputMode={allowDecimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={state.text}
      error={parsed.kind === 'invalid' ? parsed.message : error}
      description={
        note ? (
          <>
            {note}
            {description ? <> · {description}</> : null}
          </>
        ) : (
          description
        )
      }
      onChange={(event) => {
        const text = event.currentTarget.value;
        const next = parseQuantity(text, units, allowDecimal);
        const sent = next.kind === 'number' ? next.value : undefined;
        setState({ text, sent, seen: state.seen, parsed: next });
        onNumber(sent);
      }}
    />
  );
}
