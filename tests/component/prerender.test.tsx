/**
 * Pre-rendered pages (src/prerender/) must hydrate without a mismatch: React's development build
 * reports every text or attribute difference between the HTML and the first client render. A page
 * rendered on another day (the build) must not carry that day into the browser.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { prerenderPaths, renderPage } from '../../src/prerender/entry';
import { canHydrate, startApp } from '../../src/app/start';
import { injectPage } from '../../src/prerender/plugin';

const HYDRATION_PROBLEM = /hydrat|did not match|didn't match|server rendered/i;

/** Errors React reported while hydrating: logged (development warnings) or thrown (a failed hydration). */
const thrown: string[] = [];
const recordThrown = (event: ErrorEvent) => thrown.push(String(event.error ?? event.message));
beforeEach(() => {
  thrown.length = 0;
  window.addEventListener('error', recordThrown);
});

function hydrationErrors(spy: { mock: { calls: unknown[][] } }): string[] {
  return [...spy.mock.calls.map((args) => args.map(String).join(' ')), ...thrown].filter((text) =>
    HYDRATION_PROBLEM.test(text),
  );
}

const roots: Root[] = [];

async function mount(path: string, markup: string): Promise<HTMLElement> {
  window.history.replaceState(null, '', path);
  const container = document.createElement('div');
  container.id = 'root';
  container.dataset.prerenderedPath = path;
  // The attribute, not the property: jsdom has no `inert` property, so setting it would not mark the
  // element, and waiting for its removal would not wait for hydration at all.
  container.setAttribute('inert', '');
  container.innerHTML = markup;
  document.body.appendChild(container);
  roots.push(await startApp(container));
  return container;
}

afterEach(() => {
  window.removeEventListener('error', recordThrown);
  act(() => roots.splice(0).forEach((root) => root.unmount()));
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('pre-rendered pages', () => {
  it('cover the entry pages and every teaching case', () => {
    const paths = prerenderPaths();
    expect(paths).toEqual(expect.arrayContaining(['/planner', '/patients', '/teaching', '/about']));
    expect(paths.filter((path) => path.startsWith('/teaching/')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(prerenderPaths())('%s hydrates without a mismatch', async (path) => {
    const markup = await renderPage(path);
    const errors = vi.spyOn(console, 'error');
    const container = await mount(path, markup);
    await waitFor(() => expect(container.querySelector('main h2, main h1')).not.toBeNull());
    // Inert while static (typing would be lost), usable once React has taken over.
    await waitFor(() => expect(container.hasAttribute('inert')).toBe(false));
    // Give React a moment to finish hydrating and report.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(hydrationErrors(errors)).toEqual([]);
  });

  it('the planner built on another day shows today’s date once hydrated', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2020, 0, 15, 12));
    const markup = await renderPage('/planner');
    vi.useRealTimers();
    expect(markup).not.toContain('2020-01-15');

    const errors = vi.spyOn(console, 'error');
    await mount('/planner', markup);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    // Find the field once and poll its value: a label query on every DOM mutation of the hydration
    // costs more than the hydration itself (Testing Library scans every label), and under load
    // that alone ran past waitFor's timeout.
    const startDate = screen.getByLabelText('Start date');
    await waitFor(() => expect(startDate.isConnected && startDate).toHaveValue(today));
    expect(hydrationErrors(errors)).toEqual([]);
  });

  it('a planner link with inputs replaces the static page and is usable', async () => {
    const markup = await renderPage('/planner');
    window.history.replaceState(null, '', '/planner?age=60');
    const container = document.createElement('div');
    container.dataset.prerenderedPath = '/planner';
    // The attribute, not the property: jsdom has no `inert` property, so setting it would not mark the
    // element, and waiting for its removal would not wait for hydration at all.
    container.setAttribute('inert', '');
    container.innerHTML = markup;
    document.body.appendChild(container);
    roots.push(await startApp(container));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Age' })).toHaveValue('60'));
    expect(container.hasAttribute('inert')).toBe(false);
  });

  it('only the exact page, without search params, is hydrated', () => {
    const root = document.createElement('div');
    root.dataset.prerenderedPath = '/planner';
    expect(canHydrate(root, { pathname: '/planner', search: '' })).toBe(true);
    expect(canHydrate(root, { pathname: '/planner', search: '?age=60' })).toBe(false);
    expect(canHydrate(root, { pathname: '/patients', search: '' })).toBe(false);
    expect(canHydrate(document.createElement('div'), { pathname: '/planner', search: '' })).toBe(false);
  });

  it('the page file keeps index.html’s head and marks its root with the path', () => {
    const template =
      '<html><head><meta http-equiv="Content-Security-Policy" content="x" /></head><body><div id="root"></div></body></html>';
    const page = injectPage(template, '/teaching/a-case', '<main>$&</main>');
    expect(page).toContain('<meta http-equiv="Content-Security-Policy" content="x" />');
    expect(page).toContain(
      '<div id="root" data-prerendered-path="/teaching/a-case" inert><main>$&</main></div>',
    );
    expect(() => injectPage('<body></body>', '/planner', '')).toThrow(/no <div id="root">/);
  });
});
