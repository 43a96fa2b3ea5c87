/**
 * Lighthouse against the local preview, in the system Chromium, each run in a fresh browser and
 * profile. Mobile uses Lighthouse's default (Moto G Power, simulated slow 4G and 4× CPU slowdown);
 * desktop uses its desktop preset. Scores and metrics are the median of the runs, metric by metric.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { stopProcessGroup } from './server.mjs';

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

async function launchChrome(chromePath) {
  const profile = mkdtempSync(join(tmpdir(), 'bacloplan-lh-'));
  const child = spawn(
    chromePath,
    [
      ...CHROME_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-dev-shm-usage',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${stderr}`)), 30_000);
    child.stderr.on('data', (data) => {
      stderr += data;
      const match = stderr.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${stderr}`)));
  });
  return {
    port,
    close: async () => {
      await stopProcessGroup(child);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One Lighthouse run; returns the figures the bench keeps (not the whole report). */
async function runOnce({ url, preset, chromePath }) {
  const chrome = await launchChrome(chromePath);
  try {
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
    const config = preset === 'desktop' ? desktopConfig : undefined;
    const result = await lighthouse(url, flags, config);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no report');
    if (lhr.runtimeError) throw new Error(`Lighthouse runtime error: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id]?.numericValue ?? null;
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .filter(
          (ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1,
        )
        .map((ref) => ({
          id: ref.id,
          score: lhr.audits[ref.id].score,
          title: lhr.audits[ref.id].title,
          displayValue: lhr.audits[ref.id].displayValue,
          items: describeItems(lhr.audits[ref.id].details),
        }));
    return {
      scores: Object.fromEntries(CATEGORIES.map((category) => [category, lhr.categories[category].score])),
      metrics: {
        lcpMs: audit('largest-contentful-paint'),
        tbtMs: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        fcpMs: audit('first-contentful-paint'),
        speedIndexMs: audit('speed-index'),
      },
      failing: {
        performance: failing('performance'),
        accessibility: failing('accessibility'),
        'best-practices': failing('best-practices'),
      },
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.close();
  }
}

/** A few readable lines from an audit's details: the offending element, issue type, URL or text. */
function describeItems(details) {
  const items = details?.items ?? [];
  return items.slice(0, 8).map((item) => {
    if (item.node)
      return `${item.node.selector ?? ''} ${item.node.snippet ?? ''} ${item.node.explanation ?? ''}`.trim();
    if (item.issueType) {
      const sub = (item.subItems?.items ?? [])
        .slice(0, 3)
        .map((s) => s.url ?? JSON.stringify(s).slice(0, 160));
      return `${item.issueType}${sub.length ? `: ${sub.join('; ')}` : ''}`;
    }
    if (item.description) return String(item.description).slice(0, 200);
    if (item.url) return `${item.url}${item.wastedBytes ? ` (${item.wastedBytes} B wasted)` : ''}`;
    if (item.source?.url) return `${item.source.url}: ${String(item.description ?? '').slice(0, 160)}`;
    return JSON.stringify(item).slice(0, 200);
  });
}

function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** `runs` Lighthouse runs of one URL and preset, summarised as the per-metric median. */
export async function lighthouseMedian({ url, preset, chromePath, runs = 3, log = () => {} }) {
  const results = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    const result = await runOnce({ url, preset, chromePath });
    log(
      `  run ${index + 1}/${runs}: perf ${result.scores.performance} a11y ${result.scores.accessibility} ` +
        `bp ${result.scores['best-practices']} LCP ${Math.round(result.metrics.lcpMs)} ms ` +
        `TBT ${Math.round(result.metrics.tbtMs)} ms CLS ${result.metrics.cls?.toFixed(3)} ` +
        `(${Math.round((performance.now() - started) / 1000)} s)`,
    );
    results.push(result);
  }
  const pick = (get) => median(results.map(get));
  // Failing audits of every run, once each (an audit that fails in any run is worth knowing about).
  const failing = {};
  for (const category of CATEGORIES) {
    const byId = new Map();
    for (const result of results) for (const audit of result.failing[category]) byId.set(audit.id, audit);
    failing[category] = [...byId.values()];
  }
  return {
    url,
    preset,
    runs,
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, pick((r) => r.scores[category])])),
    metrics: {
      lcpMs: pick((r) => r.metrics.lcpMs),
      tbtMs: pick((r) => r.metrics.tbtMs),
      cls: pick((r) => r.metrics.cls),
      fcpMs: pick((r) => r.metrics.fcpMs),
      speedIndexMs: pick((r) => r.metrics.speedIndexMs),
    },
    perRun: results.map((r) => ({ scores: r.scores, metrics: r.metrics })),
    failingAudits: failing,
    benchmarkIndex: pick((r) => r.benchmarkIndex),
    warnings: [...new Set(results.flatMap((r) => r.warnings))],
  };
}
