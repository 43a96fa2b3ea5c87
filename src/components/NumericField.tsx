import { useState } from 'react';
import { NumberInput, type NumberInputProps } from '@mantine/core';

type Props = Omit<NumberInputProps, 'value' | 'onChange'> & {
  value: number | undefined;
  onNumber: (value: number | undefined) => void;
};

function toNumber(raw: number | string): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (raw.trim() === '') return undefined;
  const parsed = Number(raw);
  return Number.isFinite(parsed) ? parsed : undefined;
}

/**
 * A number field whose value lives elsewhere (the URL). It keeps what the clinician is typing — "0." on
 * the way to "0.8" — instead of re-rendering the parsed number and losing the decimal point.
 */
export function NumericField({ value, onNumber, ...props }: Props) {
  const [state, setState] = useState<{ text: number | string; sent: number | undefined }>({
    text: value ?? '',
    sent: value,
  });
  // The value changed from outside (a restored draft, a link, a unit fix): show it.
  if (value !== state.sent) setState({ text: value ?? '', sent: value });
  return (
    <NumberInput
      {...props}
      value={state.text}
      onChange={(raw) => {
        const parsed = toNumber(raw);
        setState({ text: raw, sent: parsed });
        onNumber(parsed);
      }}
    />
  );
}
