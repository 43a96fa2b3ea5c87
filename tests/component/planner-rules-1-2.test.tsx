/**
 * The planner under ruleset 1.2: the unit question comes before any override, an override from a link
 * waits for this page's confirmation, and a short reason never plans past a hard stop.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, renderPlanner } from './renderApp';
import { seriousAxeViolations } from './axe';

const SEVERE = '/planner?age=80&sex=female&weightKg=55&scr=1.4&regimen=addolorato-30&start=2026-12-01';
const REASON = 'Nephrology and addiction team decision';

describe('the unit question (spec §2.4)', () => {
  it('asks it before anything else; no override form until it is answered', async () => {
    const { router, container } = await renderApp(
      '/planner?age=72&sex=male&weightKg=70&scr=150&scrUnit=mg%2FdL&regimen=addolorato-30&start=2026-12-01',
    );
    const question = await screen.findByTestId('unit-question');
    expect(question).toHaveTextContent('Is this µmol/L?');
    // Both readings side by side: as entered (near-zero clearance) and as µmol/L (spec §2.5: 39.0).
    expect(within(question).getByRole('region', { name: 'In the other unit' })).toHaveTextContent(
      'CrCl 39.0 mL/min · eGFR 42.4 · band moderate',
    );
    expect(
      (await screen.findAllByText('No plan until the creatinine unit is answered')).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Override and plan' })).not.toBeInTheDocument();
    // Unit first: no band, hard stop or number from the doubtful reading is shown meanwhile.
    expect(screen.queryByLabelText('Renal assessment')).not.toBeInTheDocument();
    expect(screen.queryByText('Severe renal impairment: avoid baclofen')).not.toBeInTheDocument();
    expect(screen.getByText(/shown once the creatinine unit is answered/)).toBeInTheDocument();
    expect(await seriousAxeViolations(container)).toEqual([]);

    await userEvent.click(within(question).getByRole('button', { name: /Use µmol\/L/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ scrUnit: 'umol/L' }));
    expect(await screen.findByRole('table', { name: 'Day-by-day schedule' })).toBeInTheDocument();
    expect(screen.queryByTestId('unit-question')).not.toBeInTheDocument();
  });

  it('confirming the unit as entered answers it; then the severe hard stop asks for its override', async () => {
    const { router } = await renderApp(
      '/planner?age=72&sex=male&weightKg=70&scr=150&scrUnit=mg%2FdL&regimen=addolorato-30&start=2026-12-01',
    );
    const question = await screen.findByTestId('unit-question');
    await userEvent.click(within(question).getByRole('button', { name: /Keep mg\/dL/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ unitConfirmed: true }));
    expect(await screen.findByText('Plan blocked — hard stop')).toBeInTheDocument();
    expect(screen.queryByTestId('unit-question')).not.toBeInTheDocument();
  });
});

describe('overrides from a link (spec §4)', () => {
  it('a one-character reason in the link plans nothing', async () => {
    await renderApp(`${SEVERE}&override=x`);
    expect(await screen.findByText('Plan blocked — hard stop')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Day-by-day schedule' })).not.toBeInTheDocument();
  });

  it('an override in a link is refused and named, never applied', async () => {
    await renderApp(`${SEVERE}&override=${encodeURIComponent(REASON)}`);
    expect(await screen.findByText('Plan blocked — hard stop')).toBeInTheDocument();
    expect(screen.getByText(/Not taken from the link: override reason/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reason for override/ })).toHaveValue('');
    expect(screen.queryByRole('table', { name: 'Day-by-day schedule' })).not.toBeInTheDocument();
  });

  it('a reason restored on this device waits for this page’s confirmation, then plans', async () => {
    await renderApp(SEVERE, { planner: { override: REASON } });
    expect(await screen.findByText('Plan blocked — hard stop')).toBeInTheDocument();
    expect(
      screen.getByText(/carries an override reason\. It is not applied until you confirm it here/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Reason for override/ })).toHaveValue(REASON);
    expect(screen.queryByRole('table', { name: 'Day-by-day schedule' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /A specialist has reviewed/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Override and plan' }));
    expect(await screen.findByRole('table', { name: 'Day-by-day schedule' })).toBeInTheDocument();
    expect(screen.getByTestId('override-banner')).toHaveTextContent(REASON);
  });
});

describe('contraindicated findings need an acknowledgement (spec §4)', () => {
  it('locks print and export until acknowledged with a reason', async () => {
    const { router } = await renderPlanner({
      age: 50,
      sex: 'male',
      weightKg: 80,
      scr: 1,
      regimen: 'baclocur-80',
      start: '2026-12-01',
      meds: ['methadone', 'naltrexone'],
    });
    expect(await screen.findByText(/Print, export and save are locked/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print' })).not.toBeInTheDocument();
    // The stepper does not call the plan done while it cannot be printed or saved.
    expect(screen.queryByLabelText('Plan (complete)')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Plan')).toBeInTheDocument();
    const form = screen
      .getAllByRole('alert')
      .find((alert) => /Contraindicated — acknowledge/.test(alert.textContent ?? ''));
    expect(form).toBeDefined();
    const box = within(form as HTMLElement);
    await userEvent.type(box.getByRole('textbox'), 'too short');
    await userEvent.click(box.getByRole('button', { name: 'Acknowledge' }));
    expect(box.getByText(/Write a reason of at least 15 characters/)).toBeInTheDocument();
    await userEvent.type(box.getByRole('textbox'), ' — methadone taper agreed with the OUD team');
    await userEvent.click(box.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() =>
      expect((router.state.location.state.planner as { acks?: unknown[] } | undefined)?.acks).toHaveLength(1),
    );
    expect(await screen.findByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByLabelText('Plan (complete)')).toBeInTheDocument();
  });
});

describe('fields read what clinicians type', () => {
  it('"92 kg" is 92 kg, "203 lb" is converted and says so, letters are refused at the field', async () => {
    const { router } = await renderApp('/planner');
    const weight = screen.getByRole('textbox', { name: /Weight/ });
    await userEvent.type(weight, '92 kg');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ weightKg: 92 }));
    await userEvent.clear(weight);
    await userEvent.type(weight, '203 lb');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ weightKg: 92.1 }));
    expect(weight).toHaveAccessibleDescription(/203 lb read as 92\.1 kg/);
    await userEvent.clear(weight);
    await userEvent.type(weight, 'heavy');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription(/“heavy” is not a number in kg/);
    await waitFor(() => expect(router.state.location.search.weightKg).toBeUndefined());
  });
});

describe('the target field says what the plan does with it (spec §3, §4)', () => {
  it('a target clipped by the cap, and a flexible projection, are said at the field in words', async () => {
    await renderApp(
      '/planner?age=60&sex=male&weightKg=80&scr=1.2&regimen=baclocur-80&start=2026-12-01&params=%7B%22targetMgPerDay%22%3A120%7D',
    );
    await screen.findByRole('table', { name: 'Day-by-day schedule' });
    // An edited parameter opens "Adjust parameters" at once; its fields load with it.
    const target = await screen.findByRole('textbox', { name: /Target \/ goal dose/ });
    // Mild band: cap 80 × 2/3 = 53.3 → 50 mg/day.
    expect(target).toHaveAccessibleDescription(
      'The plan stops at 50 mg/day: the cap is 50 mg/day (after the renal factor and rounding).',
    );
  });

  it('rtu-300 without a target: "projected individual target 80 mg/day"', async () => {
    await renderApp('/planner?age=45&sex=female&weightKg=60&scr=0.8&regimen=rtu-300&start=2026-12-01');
    await screen.findByRole('table', { name: 'Day-by-day schedule' });
    await userEvent.click(screen.getByRole('button', { name: /Adjust parameters/ }));
    // The accordion opens with a transition: wait for the field rather than expect it at once.
    expect(await screen.findByRole('textbox', { name: /Target \/ goal dose/ })).toHaveAccessibleDescription(
      /Projected individual target 80 mg\/day: no automatic high dose/,
    );
  });
});

describe('practical tablets (spec §3)', () => {
  it('offers the proposed strength; "Switch product" rebuilds the plan with it and focuses the plan', async () => {
    const { router } = await renderPlanner({
      age: 45,
      sex: 'male',
      weightKg: 80,
      scr: 0.9,
      regimen: 'rtu-300',
      start: '2026-12-01',
      params: { targetMgPerDay: 150 },
    });
    const button = await screen.findByRole('button', { name: 'Switch product' });
    expect(screen.getAllByText(/Up to 5 tablets per dose: consider/).length).toBeGreaterThan(0);
    await userEvent.click(button);
    await waitFor(() =>
      expect((router.state.location.search as { params?: { product?: string } }).params?.product).toBe(
        'tablet-20',
      ),
    );
    // The page follows the link in a deferred render: the offer goes once the new plan is drawn.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Switch product' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(document.activeElement?.id).toBe('plan-summary-title'));
  });
});
