/**
 * NumericField when the page renders behind the keys (the planner follows its link in a deferred
 * render): its own late echoes never replace what is typed; a value set from elsewhere is shown.
 */
import { describe, expect, it } from 'vitest';
import { createRef, useImperativeHandle, useState, type Ref } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MantineProvider } from '@mantine/core';
import { NumericField } from '../../src/components/NumericField';
import { theme } from '../../src/app/theme';

interface PageHandle {
  show: (value: number | undefined) => void;
}

/** A page that hands the field back only the values it is told to, when it is told to. */
function LaggingPage({ ref, sent }: { ref: Ref<PageHandle>; sent: (number | undefined)[] }) {
  const [shown, setShown] = useState<number | undefined>(80);
  useImperativeHandle(ref, () => ({ show: setShown }), []);
  return (
    <>
      <NumericField label="Weight" value={shown} onNumber={(value) => sent.push(value)} />
      <button type="button">elsewhere</button>
    </>
  );
}

function renderField() {
  const handle = createRef<PageHandle>();
  const control = {
    sent: [] as (number | undefined)[],
    show: (value: number | undefined) => handle.current?.show(value),
  };
  render(
    <MantineProvider theme={theme}>
      <LaggingPage ref={handle} sent={control.sent} />
    </MantineProvider>,
  );
  return { control, field: screen.getByRole('textbox', { name: 'Weight' }) };
}

describe('NumericField with a page that renders late', () => {
  it('keeps the typed text when older values it sent come back, in order or skipped', async () => {
    const { control, field } = renderField();
    await userEvent.clear(field);
    await userEvent.type(field, '92.5');
    expect(control.sent).toEqual([undefined, 9, 92, 92, 92.5]);
    // The page catches up one late value at a time, then jumps to the last.
    act(() => control.show(undefined));
    expect(field).toHaveValue('92.5');
    act(() => control.show(9));
    expect(field).toHaveValue('92.5');
    act(() => control.show(92.5));
    expect(field).toHaveValue('92.5');
  });

  it('shows a value set from elsewhere, and after leaving the field forgets what was on its way', async () => {
    const { control, field } = renderField();
    await userEvent.clear(field);
    await userEvent.type(field, '64');
    act(() => control.show(6));
    expect(field).toHaveValue('64');
    // A value the field never sent: shown at once.
    act(() => control.show(71));
    expect(field).toHaveValue('71');
    await userEvent.clear(field);
    await userEvent.type(field, '58');
    // The clinician leaves the field (a draft restored from a button takes a click): 5 is now a value
    // from elsewhere, not a late echo, and is shown as it is.
    await userEvent.click(screen.getByRole('button', { name: 'elsewhere' }));
    act(() => control.show(5));
    expect(field).toHaveValue('5');
  });
});
