import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  value: number | undefined;
  onNumber: (value: number | undefined) => void;
  /** Whole numbers only (age, days). */
  allowDecimal?: boolean;
  /** Accepted for call-site clarity; negative numbers are never valid clinical inputs here. */
  allowNegative?: false;
  /** Kept for call-site compatibility; rounding is the rules module's job, not the field's. */
  decimalScale?: number;
};

/** Digits with at most one decimal separator (a comma is read as a point, as many locales type it). */
const PARTIAL_NUMBER = /^\d*([.,]\d*)?$/;
const PARTIAL_INTEGER = /^\d*$/;

function toNumber(text: string): number | undefined {
  const normalized = text.trim().replace(',', '.');
  if (normalized === '' || normalized === '.') return undefined;
  const parsed = Number(normalized);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * A number field whose value lives elsewhere (the URL). It keeps what the clinician is typing — "0." on
 * the way to "0.8" — instead of re-rendering the parsed number and losing the decimal point, and it
 * refuses characters that cannot be part of a number rather than guessing what they meant.
 */
export function NumericField({
  value,
  onNumber,
  allowDecimal = true,
  allowNegative: _allowNegative,
  decimalScale: _decimalScale,
  ...props
}: Props) {
  const [state, setState] = useState<{ text: string; sent: number | undefined }>({
    text: value === undefined ? '' : String(value),
    sent: value,
  });
  // The value changed from outside (a restored draft, a link, a unit fix): show it.
  if (value !== state.sent) setState({ text: value === undefined ? '' : String(value), sent: value });
  return (
    <TextInput
      {...props}
      inputMode={allowDecimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={state.text}
      onChange={(event) => {
        const text = event.currentTarget.value;
        if (!(allowDecimal ? PARTIAL_NUMBER : PARTIAL_INTEGER).test(text.trim())) return;
        const parsed = toNumber(text);
        setState({ text, sent: parsed });
        onNumber(parsed);
      }}
    />
  );
}
