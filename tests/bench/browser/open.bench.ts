/**
 * Long tasks when a page opens (issue 17 item 2): each route opened in a fresh browser context (cold
 * cache, as a first visit), the CPU slowed 4×, until the main thread has been quiet for 1.5 s. Median
 * of 3 per route; the budget is no task over 200 ms.
 */
import { expect, test, type Browser } from '@playwright/test';
import { blockingMs, median, observe, settle, slowCpu, takeLongTasks, writeResult } from './measure';
import { CPU_SLOWDOWN, DEMO_ORIGIN } from './ports.mjs';

const RUNS = Number(process.env.BENCH_OPEN_RUNS ?? 3);

/** The routes and what shows that each has opened. */
const ROUTES = [
  { route: '/planner', ready: 'Planner' },
  { route: '/patients', ready: 'Patients' },
  { route: '/patients/demo-03', ready: 'Henri Lefèvre' },
  { route: '/teaching/estimators-disagree', ready: 'Two estimators, two bands' },
] as const;

async function openOnce(browser: Browser, route: string, ready: string) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: false });
  try {
    const page = await context.newPage();
    await observe(page);
    await slowCpu(page);
    const started = Date.now();
    await page.goto(`${DEMO_ORIGIN}${route}`);
    await expect(page.getByRole('heading', { name: ready }).first()).toBeVisible({ timeout: 60_000 });
    const readyMs = Date.now() - started;
    await settle(page, 1500, 30_000);
    const tasks = await takeLongTasks(page);
    return {
      readyMs,
      longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.durationMs))),
      longTasks: tasks.length,
      blockingMs: blockingMs(tasks),
    };
  } finally {
    await context.close();
  }
}

test('long tasks when each route opens, CPU slowed 4×', async ({ browser }) => {
  const routes = [];
  for (const { route, ready } of ROUTES) {
    const runs = [];
    for (let run = 0; run < RUNS; run += 1) runs.push(await openOnce(browser, route, ready));
    const summary = {
      route,
      longestTaskMs: median(runs.map((run) => run.longestTaskMs)),
      blockingMs: median(runs.map((run) => run.blockingMs)),
      readyMs: median(runs.map((run) => run.readyMs)),
      runs,
    };
    routes.push(summary);
    // Written after each route, so a route that fails to open leaves the others' figures.
    writeResult('open', { cpuSlowdown: CPU_SLOWDOWN, viewport: '412×823', runs: RUNS, routes });
    console.log(
      `${route}: longest task ${summary.longestTaskMs} ms, blocking ${summary.blockingMs} ms, shown after ${summary.readyMs} ms (median of ${RUNS})`,
    );
  }
  writeResult('open', { cpuSlowdown: CPU_SLOWDOWN, viewport: '412×823', runs: RUNS, routes });
});
