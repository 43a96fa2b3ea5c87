import { useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type'> & {
  /** yyyy-mm-dd, or undefined when empty. */
  value: string | undefined;
  onDate: (value: string | undefined) => void;
};

interface FieldState {
  text: string;
  seen: string | undefined;
  /** Dates sent that the page has not given back yet (see NumericField: the page may render late). */
  pending: (string | undefined)[];
}

/**
 * A date input whose value lives elsewhere. It keeps its own value, so a page rendering behind the keys
 * never writes an older date back into the field while the clinician types the year digit by digit
 * (that resets the browser's date segments); a date set from elsewhere is shown.
 */
export function DateField({ value, onDate, onBlur, ...props }: Props) {
  const [state, setState] = useState<FieldState>({ text: value ?? '', seen: value, pending: [] });
  if (value !== state.seen) {
    const echo = state.pending.lastIndexOf(value);
    if (echo >= 0) setState({ ...state, seen: value, pending: state.pending.slice(echo + 1) });
    else setState({ text: value ?? '', seen: value, pending: [] });
  }
  return (
    <TextInput
      {...props}
      type="date"
      value={state.text}
      onChange={(event) => {
        const text = event.currentTarget.value;
        const sent = text || undefined;
        setState({ text, seen: state.seen, pending: [...state.pending, sent].slice(-50) });
        onDate(sent);
      }}
      onBlur={(event) => {
        if (state.pending.length > 0) setState({ ...state, pending: [] });
        onBlur?.(event);
      }}
    />
  );
}
