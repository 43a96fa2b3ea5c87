import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { parseQuantity, unitWord, type Parsed, type QuantityUnits } from '../lib/parseQuantity';
import { screenLocale, t } from '../i18n';
import { formatPlainNumber } from '../lib/format';

interface FieldState {
  text: string;
  /** What this field last sent, and the value the page last gave it. */
  sent: number | undefined;
  seen: number | undefined;
  /** Values sent that the page has not given back yet, oldest first. */
  pending: (number | undefined)[];
  parsed: Parsed;
}

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

/** A value from the page as the clinician would type it: every digit kept, "1,4" in French. */
function numberAsTyped(value: number): string {
  const separator =
    new Intl.NumberFormat(screenLocale()).formatToParts(0.5).find((part) => part.type === 'decimal')?.value ??
    '.';
  return String(value).replace('.', separator);
}

/**
 * A number field whose value lives elsewhere (the URL). It keeps what the clinician is typing — "0." on
 * the way to "0.8", or "92 kg" — instead of re-rendering the parsed number. A unit the field knows is
 * understood (a conversion is shown under the field); anything else is refused with a message at the
 * field, and the value it had is not kept as if nothing happened.
 *
 * The page may render behind the keys (the planner follows its link in a deferred render), so the value
 * coming back can be one this field sent a few keys ago: every value it sent is remembered until it
 * comes back, and such a late echo never replaces the text. Anything else — a restored draft, a link, a
 * unit fix — is shown. Leaving the field forgets what is still on its way, so a value set from elsewhere
 * (which takes a click, hence a blur) is never mistaken for an echo.
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
  onBlur,
  ...props
}: Props) {
  const fromValue = (next: number | undefined): FieldState => ({
    text: next === undefined ? '' : numberAsTyped(next),
    sent: next,
    seen: next,
    pending: [],
    parsed: (next === undefined ? { kind: 'empty' } : { kind: 'number', value: next }) as Parsed,
  });
  const [state, setState] = useState(() => fromValue(value));
  if (value !== state.seen) {
    const echo = state.pending.lastIndexOf(value);
    if (echo >= 0) setState({ ...state, seen: value, pending: state.pending.slice(echo + 1) });
    else if (value === state.sent) setState({ ...state, seen: value, pending: [] });
    else setState(fromValue(value));
  }
  const parsed = state.parsed;
  const note =
    parsed.kind === 'number' && parsed.convertedFrom && units
      ? t('quantity.readAs', {
          text: parsed.convertedFrom,
          value: formatPlainNumber(parsed.value),
          unit: unitWord(units.unit),
        })
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
        setState({
          text,
          sent,
          seen: state.seen,
          pending: [...state.pending, sent].slice(-50),
          parsed: next,
        });
        onNumber(sent);
      }}
      onBlur={(event) => {
        if (state.pending.length > 0) setState({ ...state, pending: [] });
        onBlur?.(event);
      }}
    />
  );
}
