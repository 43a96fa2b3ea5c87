/**
 * Code the planner's first load leaves out — TanStack Query's client, dialogs, the plan's display —
 * must arrive when needed, tell the user if it cannot, and never lose the page's state on the way.
 */
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, Suspense, useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createQueryClient } from '../../src/app/queryClient';
import { lazyQueryClientSource, QueryProvider, WithQueryClient } from '../../src/lib/queryClientSource';
import { LazyModal } from '../../src/components/LazyModal';

describe('lazyQueryClientSource', () => {
  it('creates the client once, on the first load(), and marks the promise settled for React', async () => {
    const create = vi.fn(() => Promise.resolve(createQueryClient()));
    const source = lazyQueryClientSource(create);
    expect(source.current()).toBeUndefined();
    expect(create).not.toHaveBeenCalled();
    const [first, second] = await Promise.all([source.load(), source.load()]);
    expect(first).toBe(second);
    expect(source.current()).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
    expect(source.load()).toMatchObject({ status: 'fulfilled', value: first });
  });

  it('tries again after a failed load (e.g. the chunk could not be fetched)', async () => {
    const client = createQueryClient();
    const create = vi
      .fn<() => Promise<ReturnType<typeof createQueryClient>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(client);
    const source = lazyQueryClientSource(create);
    await expect(source.load()).rejects.toThrow('Failed to fetch');
    expect(source.current()).toBeUndefined();
    await expect(source.load()).resolves.toBe(client);
  });
});

function ClientName() {
  const client = useQueryClient();
  return <p>client {String(client.getDefaultOptions().queries?.staleTime)}</p>;
}

describe('WithQueryClient', () => {
  it('keeps the rest of the tree mounted while a query user waits for the client', async () => {
    const source = lazyQueryClientSource(() => Promise.resolve(createQueryClient()));
    function Page() {
      const [typed, setTyped] = useState('');
      return (
        <>
          <input aria-label="Age" value={typed} onChange={(event) => setTyped(event.target.value)} />
          <Suspense fallback={<p>loading client</p>}>
            <WithQueryClient>
              <ClientName />
            </WithQueryClient>
          </Suspense>
        </>
      );
    }
    await act(async () => {
      render(
        <QueryProvider source={source}>
          <Page />
        </QueryProvider>,
      );
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Age' }), '61');
    expect(await screen.findByText('client 60000')).toBeInTheDocument();
    // The input kept its value: the provider did not remount the page when the client arrived.
    expect(screen.getByRole('textbox', { name: 'Age' })).toHaveValue('61');
  });
});

describe('LazyModal', () => {
  function Dialog() {
    const [opened, setOpened] = useState(false);
    return (
      <MantineProvider>
        <button type="button" onClick={() => setOpened(true)}>
          Open
        </button>
        <LazyModal opened={opened} onClose={() => setOpened(false)} title="Explain CrCl">
          <p>Cockcroft–Gault</p>
        </LazyModal>
      </MantineProvider>
    );
  }

  it('loads the dialog on first open, and closing returns focus to the button', async () => {
    render(<Dialog />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Open' });
    await userEvent.click(button);
    expect(await screen.findByRole('dialog', { name: 'Explain CrCl' })).toHaveTextContent('Cockcroft');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await vi.waitFor(() => expect(button).toHaveFocus());
  });

  it('says so in place when the dialog code cannot be downloaded', async () => {
    vi.resetModules();
    vi.doMock('../../src/components/ModalImpl', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const { LazyModal: FailingModal } = await import('../../src/components/LazyModal');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <MantineProvider>
        <FailingModal opened onClose={() => undefined} title="Start a new plan?">
          <p>body</p>
        </FailingModal>
      </MantineProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“Start a new plan\?” needs a part of the app that did not download/,
    );
    errors.mockRestore();
    vi.doUnmock('../../src/components/ModalImpl');
    await act(async () => undefined);
  });
});

describe('planner with parts that cannot be downloaded', () => {
  it('still shows the plan when the export buttons’ code fails to load, and says what is missing', async () => {
    vi.resetModules();
    vi.doMock('../../src/features/planner/PlannerActions', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { renderApp } = await import('./renderApp');
    await renderApp('/planner?age=60&sex=male&weightKg=80&scr=1.2&start=2026-11-20');
    expect(
      await screen.findByRole('table', { name: 'Day-by-day schedule' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('alert', { name: /Export and save could not be shown/ }),
    ).toHaveTextContent(/Your inputs are kept/);
    warn.mockRestore();
    errors.mockRestore();
    vi.doUnmock('../../src/features/planner/PlannerActions');
  });
});

describe('QueryProvider', () => {
  it('does not re-render the app when the client arrives (an update during hydration would discard the page)', async () => {
    const source = lazyQueryClientSource(() => Promise.resolve(createQueryClient()));
    const commits = vi.fn();
    render(
      <Profiler id="app" onRender={commits}>
        <QueryProvider source={source}>
          <p>page</p>
        </QueryProvider>
      </Profiler>,
    );
    await act(async () => {
      await source.load();
    });
    expect(source.current()).toBeDefined();
    expect(commits).toHaveBeenCalledTimes(1);
  });
});
