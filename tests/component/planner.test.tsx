import { describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { plannerDevice, renderApp, renderPlanner } from './renderApp';
import { seriousAxeViolations } from './axe';
import { buildPlan, assessRenal } from '../../src/rules';

const MILD =
  '/planner?age=60&sex=male&weightKg=80&scr=1.2&scrUnit=mg%2FdL&regimen=addolorato-30&start=2026-12-01';
const MILD_STATE = {
  age: 60,
  sex: 'male',
  weightKg: 80,
  scr: 1.2,
  scrUnit: 'mg/dL',
  regimen: 'addolorato-30',
  start: '2026-12-01',
} as const;

describe('planner — patient & renal step', () => {
  it('computes CrCl, eGFR, band and dose factor from the URL inputs (spec §2.5, patient 1)', async () => {
    const { container } = await renderApp(MILD);
    const renal = await screen.findByLabelText('Renal assessment');
    expect(within(renal).getByTestId('crcl')).toHaveTextContent('74.1');
    expect(within(renal).getByTestId('egfr')).toHaveTextContent('69.2');
    expect(within(renal).getAllByText('Mild impairment').length).toBeGreaterThan(0);
    expect(within(renal).getByTestId('dose-factor')).toHaveTextContent('× 2/3');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('shows the rules module’s message at the field for implausible input, and no plan', async () => {
    await renderApp('/planner?age=15&sex=male&weightKg=80&scr=1.2');
    const age = await screen.findByRole('textbox', { name: /Age/ });
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription(/18/);
    expect(screen.queryByRole('table', { name: 'Day-by-day schedule' })).not.toBeInTheDocument();
    expect(screen.getByText(/Fix the renal inputs/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/NaN/);
  });

  it('says what is missing instead of guessing', async () => {
    await renderApp('/planner?age=60&sex=male');
    expect(
      await screen.findByText(/Enter weight, serum creatinine to compute renal function/),
    ).toBeInTheDocument();
  });

  it('updates the URL as the clinician types', async () => {
    const { router } = await renderApp('/planner');
    await userEvent.type(screen.getByRole('textbox', { name: /Age/ }), '45');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ age: 45 }));
  });
});

describe('planner — plan step', () => {
  it('shows the schedule that buildPlan computes, to the milligram', async () => {
    await renderApp(MILD);
    const table = await screen.findByRole('table', { name: 'Day-by-day schedule' });
    const renal = assessRenal({
      ageYears: 60,
      sex: 'male',
      weightKg: 80,
      creatinine: { value: 1.2, unit: 'mg/dL' },
    });
    const plan = buildPlan({
      regimenId: 'addolorato-30',
      startDate: '2026-12-01',
      renal,
      profile: 'standard',
      mode: 'new',
      params: {},
    });
    const firstDay = plan.days[0];
    expect(firstDay).toBeDefined();
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow).toBeDefined();
    expect(firstRow).toHaveTextContent(`${firstDay?.totalMg} mg/day`);
    expect(screen.getByTestId('figure-Cap (renal-adjusted)')).toHaveTextContent(`${plan.capMgPerDay} mg/day`);
  });

  it('blocks a severe-band plan until an override with a reason is given', async () => {
    const { router } = await renderApp(
      '/planner?age=80&sex=female&weightKg=55&scr=1.4&regimen=addolorato-30&start=2026-12-01',
    );
    expect(await screen.findByText('Plan blocked — hard stop')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Day-by-day schedule' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Override and plan' }));
    expect(screen.getByText(/Write a reason of at least/)).toBeInTheDocument();
    await userEvent.type(
      screen.getByRole('textbox', { name: /Reason for override/ }),
      'Specialist decision after nephrology review',
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /A specialist has reviewed/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Override and plan' }));
    await waitFor(() =>
      expect(plannerDevice(router)).toMatchObject({
        override: 'Specialist decision after nephrology review',
      }),
    );
    expect(await screen.findByTestId('override-banner')).toHaveTextContent(
      'Specialist decision after nephrology review',
    );
    expect(await screen.findByRole('table', { name: 'Day-by-day schedule' })).toBeInTheDocument();
  });
});

describe('planner — the plan is a link', () => {
  it('writes the start date into the link once there is a plan, so the dates never shift', async () => {
    const { router } = await renderApp('/planner?age=60&sex=male&weightKg=80&scr=1.2');
    await screen.findByRole('table', { name: 'Day-by-day schedule' });
    await waitFor(() =>
      expect((router.state.location.search as { start?: string }).start).toMatch(/^\d{4}-\d{2}-\d{2}$/),
    );
  });
});

describe('planner — medications & conditions step', () => {
  it('checks medications, sorts findings by severity and reports unknown drugs as not checked', async () => {
    const { container } = await renderPlanner({
      ...MILD_STATE,
      meds: ['Xanax 0.5 mg', 'sertraline', 'zzqx-unknown'],
    });
    const step = await screen.findByRole('region', { name: /Medications & conditions/ });
    expect(within(step).getByText(/bacloplan does not recognise: zzqx-unknown/)).toBeInTheDocument();
    const cards = within(step).getAllByRole('article');
    const severities = cards.map((card) => card.getAttribute('data-severity'));
    expect(severities[0]).toBe('major');
    expect(severities).toContain('minor');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('adds a medication typed by the clinician', async () => {
    const { router } = await renderApp(MILD);
    const input = await screen.findByRole('combobox', { name: 'Medication' });
    await userEvent.type(input, 'Lyrica{Enter}');
    await waitFor(() => expect(plannerDevice(router)).toMatchObject({ meds: ['Lyrica'] }));
    // The address carries the drug's code, never the text typed.
    expect(router.state.location.href).not.toMatch(/Lyrica/i);
    expect(router.state.location.search).toMatchObject({ medCodes: [expect.stringMatching(/^(rx|d):/)] });
    const meds = screen.getByRole('region', { name: /Medications & conditions/ });
    const card = await within(meds).findByRole('article', { name: /pregabalin/i });
    expect(card).toHaveAttribute('data-severity', 'major');
    // The plan's own list carries it too: one pipeline, the same findings wherever the plan shows.
    const planSection = screen.getByRole('region', { name: /Plan$/ });
    expect(
      await within(planSection).findByRole('article', { name: /Baclofen \+ pregabalin/ }),
    ).toBeInTheDocument();
  });
});

describe('planner — every number explains itself', () => {
  it('target, days to target, tablets and the schedule each open an explanation in clinical words', async () => {
    const { container } = await renderApp(MILD);
    await screen.findByRole('table', { name: 'Day-by-day schedule' });
    for (const [subject, words] of [
      ['the target', /Target asked for/],
      ['the days to target', /days on the start dose/],
      ['the tablets to dispense', /rounded up to whole tablets/],
      ['each dose and each taper step', /Each taper step/],
    ] as const) {
      await userEvent.click(screen.getByRole('button', { name: `Explain ${subject}` }));
      const dialog = await screen.findByRole('dialog', { name: `How it is worked out: ${subject}` });
      expect(dialog).toHaveTextContent(words);
      expect(dialog.textContent).not.toMatch(/[a-z]+MgPerDay|floor\(|§/);
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    }
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
