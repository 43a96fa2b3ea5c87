import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { plannerDevice, renderApp } from './renderApp';
import { seriousAxeViolations } from './axe';
import { server } from '../../mocks/node';
import { getDemoStore, resetDemoStore } from '../../mocks/fhir/demoStore';
import { resetFaults, setFault } from '../../mocks/faults';
import { getDb } from '../../src/lib/db';
import { savePlan } from '../../src/fhir/useSavePlan';
import type { SavePlanArgs } from '../../src/fhir/plans';

beforeEach(async () => {
  resetDemoStore();
  await getDb().outbox.clear();
});

async function chartHeading(name: string) {
  return screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

const plan: SavePlanArgs = {
  plan: {
    days: [0, 1, 2].map((index) => ({
      day: index + 1,
      date: `2026-11-2${index}`,
      phase: 'titration' as const,
      totalMg: 15,
      administrations: [5, 5, 5].map((mg, i) => ({ label: `dose ${i + 1}`, mg })),
    })),
    capMgPerDay: 30,
    targetMgPerDay: 30,
    findings: [],
    blocked: false,
    unacknowledged: [],
  },
  input: { regimenId: 'addolorato-30', startDate: '2026-11-20' },
  findings: [],
  regimenName: 'Addolorato 30',
};

describe('chart review', () => {
  it('shows demographics, renal assessment, trend table, medicines and conditions with findings', async () => {
    const { container } = await renderApp('/patients/demo-03');
    await chartHeading('Henri Lefèvre');
    expect(screen.getByText(/Male · 72 years \(born 10 Jan 1954\) · MRN BP-100103/)).toBeInTheDocument();

    const renal = section('Renal function and body size');
    expect(within(renal).getByText('Renal: moderate impairment')).toBeInTheDocument();
    expect(within(renal).getByText('150 µmol/L')).toBeInTheDocument();
    expect(within(renal).getByText('42.4')).toBeInTheDocument(); // CKD-EPI 2021, spec §2.5
    expect(within(renal).getByText('39')).toBeInTheDocument(); // Cockcroft–Gault
    expect(within(renal).getByText(/Major: Beers/)).toBeInTheDocument();

    const trend = section('Creatinine and eGFR over time');
    await userEvent.click(within(trend).getByRole('tab', { name: 'Table' }));
    const table = within(trend).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((item) => within(item).getAllByRole('cell')[1]?.textContent)).toEqual([
      '150 µmol/L',
      '1.5 mg/dL',
      '128 µmol/L',
    ]);

    const meds = section('Current medicines and interactions with baclofen');
    const mirtazapine = within(meds).getByRole('row', { name: /Mirtazapine 15 mg tablet/ });
    expect(within(mirtazapine).getByText(/^Moderate: /)).toBeInTheDocument();

    const conditions = section('Conditions and cautions');
    expect(within(conditions).getByRole('row', { name: /Type 2 diabetes/ })).toHaveTextContent(
      'SNOMED 44054006',
    );
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('"Plan from chart" opens the planner with the chart values: codes in the address, names on the device', async () => {
    const { router } = await renderApp('/patients/demo-03');
    await chartHeading('Henri Lefèvre');
    const link = screen.getByRole('link', { name: 'Plan from chart' });
    expect(link.getAttribute('href')).toMatch(/^\/planner\?/);
    await userEvent.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe('/planner'));
    expect(router.state.location.search).toMatchObject({
      patient: 'demo-03',
      age: 72,
      sex: 'male',
      scr: 150,
      scrUnit: 'umol/L',
      scrDate: '2026-10-26',
      weightKg: 70,
      weightDate: '2026-10-26',
      dialysis: false,
    });
    expect(router.state.location.href).not.toMatch(/Metformin|Mirtazapine/i);
    expect(plannerDevice(router)).toMatchObject({
      meds: [
        { name: 'Metformin 1000 mg tablet', rxnorm: '6809' },
        { name: 'Mirtazapine 15 mg tablet', rxnorm: '15996' },
      ],
    });
    const meds = await screen.findByRole('region', { name: /Medications & conditions/ });
    expect(within(meds).getByText(/^Mirtazapine 15 mg tablet/)).toBeInTheDocument();
  });

  it.each([
    ['demo-19', 'Georges André', 'Stale labs', /more than 90 days/],
    [
      'demo-17',
      'Rémi Faure',
      'Creatinine unit question — Is this µmol/L?',
      /150 mg\/dL is almost certainly µmol\/L/,
    ],
    ['demo-18', 'Sophie Chevalier', 'No creatinine on the chart', /needs a serum creatinine/],
    ['demo-06', 'Ahmed Benali', 'On renal dialysis: hard stop', /specialist override/],
    ['demo-16', 'Isabelle Mercier', 'Renal function and body size', /Height missing/],
  ])('%s: flags what the prescriber must know (%s)', async (id, name, title, text) => {
    await renderApp(`/patients/${id}`);
    await chartHeading(name);
    const matches = screen.getAllByText(title);
    expect(matches.length).toBeGreaterThan(0);
    expect(document.body).toHaveTextContent(text);
  });

  it('lists plans saved on the server', async () => {
    await renderApp('/patients/demo-30');
    await chartHeading('Alain Roussel');
    const plans = section('Previous baclofen plans');
    const item = await within(plans).findByRole('listitem');
    expect(item).toHaveTextContent('Baclofen plan — Addolorato 30 mg/day');
    expect(item).toHaveTextContent('On the chart');
    expect(item).toHaveTextContent('rules v1.0.0');
  });

  it('shows a plan kept on this device as "not yet synced", and "Send now" puts it on the chart', async () => {
    // Saving while the server refuses writes: the plan lands in the outbox.
    server.use(http.post('*/fhir', () => HttpResponse.error()));
    expect((await savePlan('demo-01', plan)).status).toBe('queued');

    const { container } = await renderApp('/patients/demo-01');
    await chartHeading('Claire Martin');
    const plans = section('Previous baclofen plans');
    expect(await within(plans).findByText('Not yet synced')).toBeInTheDocument();
    expect(plans).toHaveTextContent('1 plan is saved on this device and not yet on the chart.');
    expect(await seriousAxeViolations(container)).toEqual([]);

    // The background retry that the page started (still against the failing server) ends first: while
    // it runs the button shows it is busy and does not take a click.
    const sendNow = within(plans).getByRole('button', { name: 'Send now' });
    await waitFor(() => expect(sendNow).not.toHaveAttribute('data-loading'), { timeout: 4000 });
    server.resetHandlers();
    await userEvent.click(sendNow);
    expect(await within(plans).findByText(/On the chart/, undefined, { timeout: 4000 })).toBeInTheDocument();
    await waitFor(() => expect(within(plans).queryByText('Not yet synced')).toBeNull());
    // The demo's earlier plan, the three followed patients' plans, and this one.
    expect(getDemoStore().all('CarePlan')).toHaveLength(5);
  });

  it('a plan refused for an expired session says it waits for sign-in, not that the server is down', async () => {
    server.use(
      http.post('*/fhir', () =>
        HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] },
          { status: 401 },
        ),
      ),
    );
    expect(await savePlan('demo-01', plan)).toMatchObject({ status: 'queued', needsSignIn: true });
    await renderApp('/patients/demo-01');
    await chartHeading('Claire Martin');
    const plans = section('Previous baclofen plans');
    expect(await within(plans).findByText('Waiting for sign-in')).toBeInTheDocument();
    expect(plans).toHaveTextContent('sign in again to send it');
  });

  it('a medicine still "active" after the end its chart gives is kept, checked and flagged to confirm', async () => {
    const { container } = await renderApp('/patients/demo-21');
    await chartHeading('Odette Lemaire');
    const meds = section('Current medicines and interactions with baclofen');
    const zopiclone = within(meds).getByRole('row', { name: /Imovane 7\.5 mg tablet/ });
    expect(zopiclone).toHaveTextContent(
      'Ended on 11 Oct 2026 per the chart, yet still marked active: confirm whether it is still taken.',
    );
    expect(zopiclone).toHaveTextContent('Reported (active) · 16 Oct 2025 (13 months ago)');
    expect(within(zopiclone).getByText(/^Major: /)).toBeInTheDocument();
    const mirtazapine = within(meds).getByRole('row', { name: /Mirtazapine/ });
    expect(mirtazapine).not.toHaveTextContent('Ended on');
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('renders chart free text with markup as inert text', async () => {
    const { container } = await renderApp('/patients/demo-20');
    await chartHeading('<script>alert("xss")</script> <img src=x onerror=alert(1)>');
    expect(screen.getByText('<img src=x onerror=alert(1)>', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByText('<b onmouseover=alert(2)>twice</b>')).toBeInTheDocument();
    expect(container.querySelector('img[src="x"], b[onmouseover]')).toBeNull();
  });
});

describe('chart review when the FHIR server misbehaves', () => {
  it('says a patient does not exist (404) and links back to the list', async () => {
    await renderApp('/patients/nobody-here');
    expect(
      await screen.findByRole('heading', { name: 'Patient not found' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404');
    expect(screen.getByRole('link', { name: 'Back to the patient list' })).toBeInTheDocument();
  });

  it.each([
    ['server-error', 'The FHIR server reported an error'],
    ['network-error', 'The FHIR server is unreachable'],
    ['malformed', 'The FHIR server sent an answer bacloplan cannot read'],
  ] as const)('%s: explains, and Retry loads the chart once the server is back', async (fault, title) => {
    setFault(fault);
    const { container } = await renderApp('/patients/demo-01');
    expect(
      await screen.findByRole('heading', { name: 'The chart could not load' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(await seriousAxeViolations(container)).toEqual([]);
    resetFaults();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await chartHeading('Claire Martin')).toBeInTheDocument();
  });

  it('slow: shows the loading layout and a "still waiting" note, then the chart', async () => {
    setFault('slow');
    // Not awaited: the router's load is what is slow.
    const rendering = renderApp('/patients/demo-01');
    expect(
      await screen.findByLabelText('Loading the chart', undefined, { timeout: 2500 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Still waiting for the FHIR server/, undefined, { timeout: 2500 }),
    ).toBeInTheDocument();
    await rendering;
    expect(await chartHeading('Claire Martin')).toBeInTheDocument();
  });
});

describe('the unit question on the chart (spec §2.4)', () => {
  it('answers it in the planner: with the other unit, or with the unit confirmed as recorded', async () => {
    const { router } = await renderApp('/patients/demo-17');
    const question = await screen.findByText(/Creatinine unit question — Is this µmol\/L\?/);
    const alert = question.closest('[role="alert"], .mantine-Alert-root') as HTMLElement;
    const other = within(alert).getByRole('link', { name: 'Plan with 150 µmol/L' });
    const recorded = within(alert).getByRole('link', { name: 'Plan with 150 mg/dL as recorded' });
    expect(new URL(recorded.getAttribute('href') ?? '', 'http://x').searchParams.get('unitConfirmed')).toBe(
      'true',
    );
    await userEvent.click(other);
    await waitFor(() =>
      expect(router.state.location.search).toMatchObject({ scr: 150, scrUnit: 'umol/L', patient: 'demo-17' }),
    );
    expect(await screen.findByRole('table', { name: 'Day-by-day schedule' })).toBeInTheDocument();
  });
});
