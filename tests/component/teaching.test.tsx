import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';
import { seriousAxeViolations } from './axe';
import { TEACHING_CASES } from '../../src/features/teaching/cases';

function rowValue(table: HTMLElement, label: RegExp): string {
  const header = within(table).getByRole('rowheader', { name: label });
  return header.closest('tr')?.textContent ?? '';
}

describe('teaching case library', () => {
  it('lists every case as a link, filters by topic and has no serious accessibility violations', async () => {
    const { container, router } = await renderApp('/teaching');
    expect(await screen.findByRole('heading', { level: 2, name: 'Teaching cases' })).toBeInTheDocument();
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(TEACHING_CASES.length);
    for (const teachingCase of TEACHING_CASES) {
      const link = screen.getByRole('link', { name: teachingCase.title });
      expect(link).toHaveAttribute('href', `/teaching/${teachingCase.id}`);
    }
    expect(await seriousAxeViolations(container)).toEqual([]);

    await userEvent.click(screen.getByRole('radio', { name: /^Interactions/ }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('link', { name: 'On methadone: do not stop OUD treatment' })).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ topic: 'Interactions' });
  });

  it('opens a case from the list', async () => {
    const { router } = await renderApp('/teaching');
    await userEvent.click(await screen.findByRole('link', { name: 'Beers criteria at 72' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/teaching/elderly-beers'));
    // The case route is code-split: give its chunk time to load on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Beers criteria at 72' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});

describe('a teaching case', () => {
  it('hides the answer until revealed, then shows the computed answer with its explanation', async () => {
    const { container, router } = await renderApp('/teaching/elderly-beers');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Beers criteria at 72' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Questions to ask' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Answer' })).not.toBeInTheDocument();
    expect(await seriousAxeViolations(container)).toEqual([]);

    const reveal = screen.getByRole('button', { name: 'Reveal answer' });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(reveal);

    const answerHeading = await screen.findByRole('heading', { name: 'Answer' });
    await waitFor(() => expect(answerHeading).toHaveFocus());
    expect(router.state.location.search).toEqual({ reveal: 1 });
    expect(screen.getByRole('button', { name: 'Hide answer' })).toHaveAttribute('aria-expanded', 'true');

    const figures = screen.getByRole('table', { name: 'Key figures' });
    expect(rowValue(figures, /CrCl/)).toContain('39.0 mL/min');
    expect(rowValue(figures, /eGFR/)).toContain('42.4');
    expect(rowValue(figures, /Renal band used/)).toContain('Moderate');
    expect(rowValue(figures, /Daily cap/)).toContain('15 mg/day');

    const checks = screen.getByRole('table', { name: /What the case text states/ });
    expect(within(checks).queryByText('Disagrees')).not.toBeInTheDocument();
    expect(within(checks).getAllByText('Agrees').length).toBeGreaterThan(3);

    // Explain panels: formula, substituted values and result for every step, with evidence.
    expect(screen.getByText('1. Serum creatinine in mg/dL')).toBeInTheDocument();
    expect(screen.getByText('(140 − 72) × 70 / (72 × 1.6968)')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Inputs of Daily cap' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /Major: Age ≥ 65 with eGFR < 60/ })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Daily dose over the plan' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /dose changes by plan day/ })).toBeInTheDocument();

    expect(await seriousAxeViolations(container)).toEqual([]);
  });

  it('opens revealed from a link and links to the planner with the case prefilled', async () => {
    await renderApp('/teaching/creatinine-unit-confusion?reveal=1');
    expect(await screen.findByRole('heading', { name: 'Answer' })).toBeInTheDocument();
    const figures = screen.getByRole('table', { name: 'Key figures' });
    expect(rowValue(figures, /Renal band used/)).toContain('Severe');
    expect(rowValue(figures, /^Plan$/)).toContain('Blocked by a hard stop');
    expect(screen.getByRole('article', { name: /Hard stop: Is this µmol\/L\?/ })).toBeInTheDocument();
    const whatIf = screen.getByRole('table', { name: /The case and its what-ifs/ });
    expect(
      within(whatIf).getByRole('columnheader', { name: 'What if: Unit corrected to µmol/L' }),
    ).toBeInTheDocument();

    const planner = screen.getByRole('link', { name: 'Open in planner' });
    const url = new URL(planner.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/planner');
    expect(url.searchParams.get('scr')).toBe('150');
    expect(url.searchParams.get('scrUnit')).toBe('mg/dL');
    expect(url.searchParams.get('regimen')).toBe('addolorato-30');
  });

  it('says so when a case does not exist', async () => {
    await renderApp('/teaching/no-such-case');
    expect(await screen.findByText('No such teaching case')).toBeInTheDocument();
  });
});

describe('what-if lab', () => {
  it('sweeps creatinine from the keyboard and announces the new band and cap', async () => {
    const { container } = await renderApp('/teaching/compare?case=elderly-beers');
    expect(await screen.findByRole('heading', { level: 2, name: 'What-if lab' })).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Serum creatinine in mg/dL' });
    expect(slider).toHaveAttribute('aria-valuenow', '1.7');
    expect(slider).toHaveAttribute('aria-valuetext', '1.7 mg/dL');
    const status = screen.getByText(/^Creatinine 1\.7 mg\/dL/);
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Band Moderate');

    slider.focus();
    for (let press = 0; press < 8; press += 1) fireEvent.keyDown(slider, { key: 'ArrowRight' });
    await waitFor(() => expect(slider).toHaveAttribute('aria-valuenow', '2.5'));
    expect(screen.getByText(/^Creatinine 2\.5 mg\/dL/)).toHaveTextContent(/Band Severe.*hard stop/);

    expect(
      screen.getByRole('figure', { name: 'Daily dose by regimen for the same patient' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Fixed vs flexible' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Summary — Addolorato 30 mg\/day/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Summary — Baclocur/ })).toBeInTheDocument();
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
