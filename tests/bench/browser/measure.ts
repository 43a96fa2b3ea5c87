/**
 * What the browser bench reads from Chromium: interactions from the Event Timing API (the data INP is
 * computed from) and long tasks, collected by observers installed before any of the page's scripts, with
 * the CPU slowed by the DevTools protocol as Lighthouse's mobile preset does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CPU_SLOWDOWN } from './ports.mjs';

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'browser');

export interface Interaction {
  id: number;
  /** The longest event of the interaction (keydown, input, keyup…), input delay to next paint. */
  durationMs: number;
  type: string;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
}

declare global {
  interface Window {
    __bench?: { events: { id: number; duration: number; type: string }[]; longTasks: LongTask[] };
  }
}

/** Observers first, then the page: events of 16 ms or more (the API's floor) and every long task. */
export async function observe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const bench = {
      events: [] as { id: number; duration: number; type: string }[],
      longTasks: [] as LongTask[],
    };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId)
          bench.events.push({ id: entry.interactionId, duration: entry.duration, type: entry.name });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function slowCpu(page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Interactions recorded since the last call (and forgets them). */
export async function takeInteractions(page: Page): Promise<Interaction[]> {
  const events = await page.evaluate(() => {
    const taken = window.__bench?.events ?? [];
    if (window.__bench) window.__bench.events = [];
    return taken;
  });
  const byId = new Map<number, Interaction>();
  for (const event of events) {
    const known = byId.get(event.id);
    if (!known || event.duration > known.durationMs)
      byId.set(event.id, { id: event.id, durationMs: event.duration, type: event.type });
  }
  return [...byId.values()];
}

export async function takeLongTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    const taken = window.__bench?.longTasks ?? [];
    if (window.__bench) window.__bench.longTasks = [];
    return taken;
  });
}

/** Lighthouse's TBT over a list of tasks: the part of each beyond 50 ms. */
export function blockingMs(tasks: readonly LongTask[]): number {
  return Math.round(tasks.reduce((total, task) => total + Math.max(0, task.durationMs - 50), 0));
}

/**
 * INP as Chromium reports it: the longest interaction, or with 50 or more the 98th percentile (one
 * outlier ignored per 50). Under 16 ms nothing is recorded, which is reported as 16.
 */
export function inpMs(interactions: readonly Interaction[]): number {
  if (interactions.length === 0) return 16;
  const sorted = interactions.map((item) => item.durationMs).sort((a, b) => b - a);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length / 50))] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Waits until the main thread has been free of long tasks for `quietMs` (or `maxMs` passed). */
export async function settle(page: Page, quietMs = 1500, maxMs = 20_000): Promise<void> {
  await page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        const started = performance.now();
        const check = () => {
          const tasks = window.__bench?.longTasks ?? [];
          const last = tasks.length ? Math.max(...tasks.map((task) => task.startMs + task.durationMs)) : 0;
          const now = performance.now();
          if (now - Math.max(last, started) >= quietMs || now - started > maxMs) resolve();
          else setTimeout(check, 100);
        };
        check();
      }),
    { quietMs, maxMs },
  );
}

export function writeResult(name: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, `${name}.json`), `${JSON.stringify(data, null, 2)}\n`);
}
