import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';
import { seriousAxeViolations } from './axe';
import { resetDemoStore } from '../../mocks/fhir/demoStore';
import { resetFaults, setFault } from '../../mocks/faults';
import { getDb } from '../../src/lib/db';

beforeEach(async () => {
  resetDemoStore();
  await getDb().outbox.clear();
});

async function patientList() {
  return screen.findByRole('list', { name: 'Patients' }, { timeout: 5000 });
}

function row(list: HTMLElement, name: string) {
  return within(list).getByRole('listitem', { name });
}

describe('patients list', () => {
  it('lists patients with age, sex, latest creatinine with unit and date, and flags in words', async () => {
    const { container } = await renderApp('/patients');
    const list = await patientList();
    expect(screen.getByText(/Showing 20 of 32 patients/)).toBeInTheDocument();
    const claire = row(list, 'Claire Martin');
    expect(claire).toHaveTextContent('Female · 45 years · MRN BP-100101');
    expect(await within(claire).findByText('0.8 mg/dL')).toBeInTheDocument();
    expect(within(claire).getByText('2 Nov 2026')).toBeInTheDocument();
    expect(within(claire).getByText('Renal: normal')).toBeInTheDocument();

    await within(row(list, 'Henri Lefèvre')).findByText('150 µmol/L');
    expect(within(row(list, 'Henri Lefèvre')).getByText('Renal: moderate impairment')).toBeInTheDocument();
    expect(within(row(list, 'Ahmed Benali')).getByText('Renal: dialysis')).toBeInTheDocument();
    expect(within(row(list, 'Marguerite Blanc')).getByText('Renal: severe impairment')).toBeInTheDocument();
    expect(within(row(list, 'Sophie Chevalier')).getByText('No labs')).toBeInTheDocument();
    expect(within(row(list, 'Georges André')).getByText('Stale labs')).toBeInTheDocument();
    expect(within(row(list, 'Rémi Faure')).getByText('Check creatinine unit')).toBeInTheDocument();
    expect(within(row(list, 'Jean Dubois')).getByText('Renal: mild impairment')).toBeInTheDocument();
    expect(within(row(list, 'Julie Fontaine')).getByText('1 caution')).toBeInTheDocument();
    // Ruleset 1.2 §6: her levetiracetam is now checked (antiepileptics, moderate): an interacting medicine.
    expect(within(row(list, 'Julie Fontaine')).getByText('1 interacting medicine')).toBeInTheDocument();
    expect(within(row(list, 'Julie Fontaine')).queryByText('1 not checked')).toBeNull();
    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('pages through the server Bundle with "Show more patients"', async () => {
    await renderApp('/patients');
    const list = await patientList();
    expect(within(list).queryByRole('listitem', { name: "Kevin O'Brien" })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show more patients' }));
    const kevin = await within(list).findByRole('listitem', { name: "Kevin O'Brien" });
    expect(await within(kevin).findByText('1 interacting medicine')).toBeInTheDocument();
    expect(screen.getByText(/Showing 32 of 32 patients/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more patients' })).toBeNull();
  });

  it('searches by name (debounced, accent-insensitive) and keeps the query in the history entry', async () => {
    const { router } = await renderApp('/patients');
    await patientList();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search by name, record number or date of birth' }),
      'lefe',
    );
    await waitFor(() => expect(router.state.location.state.patientsQuery).toBe('lefe'));
    expect(router.state.location.search).toEqual({});
    await waitFor(() =>
      expect(screen.getByText(/Showing 1 of 1 patients matching “lefe”/)).toBeInTheDocument(),
    );
    expect(
      within(await patientList())
        .getAllByRole('listitem')
        .map((item) => item.getAttribute('aria-labelledby')),
    ).toEqual(['patient-demo-03-name']);
  });

  it('searches as typed, keeps the name out of the address, and says when nothing matches', async () => {
    const { router } = await renderApp('/patients?q=du');
    const box = screen.getByRole('textbox', { name: 'Search by name, record number or date of birth' });
    expect(box).toHaveValue('');
    await userEvent.type(box, 'du');
    await waitFor(async () => expect(within(await patientList()).getAllByRole('listitem')).toHaveLength(2));
    expect(router.state.location.href).toBe('/patients');
    expect(router.state.location.state.patientsQuery).toBe('du');
    await userEvent.clear(box);
    await userEvent.type(box, 'zzzz');
    expect(await screen.findByText('No patients found')).toBeInTheDocument();
  });

  it('renders markup in chart data as inert text', async () => {
    const { container } = await renderApp('/patients');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Search by name, record number or date of birth' }),
      '<',
    );
    const list = await patientList();
    await within(list).findByText(/<script>/);
    const name = '<script>alert("xss")</script> <img src=x onerror=alert(1)>';
    expect(within(list).getByRole('link', { name })).toBeInTheDocument();
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(list.querySelector('script')).toBeNull();
  });
});

describe('patients list when the FHIR server misbehaves', () => {
  it.each([
    ['server-error', 'The FHIR server reported an error', /HTTP 500/],
    ['network-error', 'The FHIR server is unreachable', /could not be reached/],
    [
      'malformed',
      'The FHIR server sent an answer bacloplan cannot read',
      /expected a Bundle of Patient search results/,
    ],
  ] as const)('%s: says what went wrong, and Retry recovers', async (fault, title, detail) => {
    setFault(fault);
    const { container } = await renderApp('/patients');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(title)).toBeInTheDocument();
    expect(alert).toHaveTextContent(detail);
    expect(
      screen.getByRole('textbox', { name: 'Search by name, record number or date of birth' }),
    ).toBeEnabled();
    expect(await seriousAxeViolations(container)).toEqual([]);

    resetFaults();
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await patientList()).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('slow: shows skeletons, then says it is still waiting, then the results', async () => {
    setFault('slow');
    await renderApp('/patients');
    expect(screen.getByLabelText('Loading patients')).toBeInTheDocument();
    expect(
      await screen.findByText(/Still waiting for the FHIR server/, undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Patients' }, { timeout: 6000 })).toBeInTheDocument();
  });
});
