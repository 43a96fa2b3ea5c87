/**
 * The stack floor's longest task at open, measured as tests/bench/browser/open.bench.ts measures the
 * real routes: a fresh context per run (cold cache), 412×823, CPU slowed 4× by the DevTools protocol,
 * a buffered long-task observer installed before the page's scripts, until the main thread has been
 * quiet for 1.5 s. Median of the runs. (Plain JS, since run.mjs calls it outside Playwright's runner.)
 */
import { chromium } from '@playwright/test';

const QUIET_MS = 1500;
const MAX_MS = 30_000;

function installObserver() {
  window.__floorLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__floorLongTasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

function waitQuiet({ quietMs, maxMs }) {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const tasks = window.__floorLongTasks;
      const last = tasks.length ? Math.max(...tasks.map((task) => task.startMs + task.durationMs)) : 0;
      const now = performance.now();
      if (now - Math.max(last, started) >= quietMs || now - started > maxMs) resolve(tasks);
      else setTimeout(check, 100);
    };
    check();
  });
}

async function openOnce(browser, url, cpuSlowdown) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(installObserver);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    await page.goto(url);
    // Open means the chart has drawn (the floor app's last piece to mount).
    await page.locator('svg.recharts-surface').first().waitFor({ timeout: 60_000 });
    const tasks = await page.evaluate(waitQuiet, { quietMs: QUIET_MS, maxMs: MAX_MS });
    return Math.round(Math.max(0, ...tasks.map((task) => task.durationMs)));
  } finally {
    await context.close();
  }
}

export async function floorLongestTaskAtOpen({ url, executablePath, cpuSlowdown, runs = 3 }) {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    const values = [];
    for (let run = 0; run < runs; run += 1) values.push(await openOnce(browser, url, cpuSlowdown));
    const sorted = [...values].sort((a, b) => a - b);
    return { longestTaskMs: sorted[Math.floor(sorted.length / 2)], runs: values, cpuSlowdown };
  } finally {
    await browser.close();
  }
}
