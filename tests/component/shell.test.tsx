import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';
import { seriousAxeViolations } from './axe';
import { RULESET_VERSION } from '../../src/rules';

describe('app shell', () => {
  it('shows navigation, the disclaimer and the ruleset version', async () => {
    await renderApp('/about');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    for (const label of ['Planner', 'Patients', 'Teaching', 'About & sources']) {
      expect(within(nav).getByRole('link', { name: new RegExp(label) })).toBeInTheDocument();
    }
    expect(screen.getByRole('note', { name: 'Clinical disclaimer' })).toHaveTextContent(/off-label/);
    expect(
      await screen.findByRole('heading', { name: `Ruleset version ${RULESET_VERSION}` }),
    ).toBeInTheDocument();
  });

  it('navigates between pages from the menu', async () => {
    const { router } = await renderApp('/about');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await userEvent.click(within(nav).getByRole('link', { name: /Teaching/ }));
    expect(router.state.location.pathname).toBe('/teaching');
  });

  it('redirects the start page to the planner', async () => {
    const { router } = await renderApp('/');
    expect(router.state.location.pathname).toBe('/planner');
  });

  it('lists every source with a link and has no serious accessibility violations', async () => {
    const { container } = await renderApp('/about');
    const table = await screen.findByRole('table', { name: 'Sources cited by the rules' });
    expect(within(table).getAllByRole('link').length).toBeGreaterThan(20);
    expect(await seriousAxeViolations(container)).toEqual([]);
  });
});
