/**
 * Writes the latest figures as a short Markdown table into tests/bench/README.md, between the
 * `bench:results` markers (the rest of the README is left as written).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const kib = (bytes) => (typeof bytes === 'number' ? `${(bytes / 1024).toFixed(1)} KiB` : 'n/a');
const ms = (value) => (typeof value === 'number' ? `${Math.round(value)} ms` : 'n/a');
const score = (value) => (typeof value === 'number' ? value.toFixed(2) : 'n/a');

export function resultsTable(summary) {
  const lines = [];
  const m = summary.machine;
  lines.push(
    `Last run: ${summary.date.slice(0, 16).replace('T', ' ')} UTC · ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB) · Node ${m.node} · ${m.chromium} · load average ${m.loadAverageAtStart?.join(' / ') ?? 'n/a'} at start · Lighthouse benchmark index ${m.lighthouseBenchmarkIndex ?? 'n/a'}`,
  );
  lines.push('');
  lines.push('| measure | value |');
  lines.push('| --- | --- |');
  const s = summary.sizes;
  if (s) {
    if (s.browserFirstLoad) {
      lines.push(
        `| /planner first-load JS, gzip (as Chromium loads it, ${s.browserFirstLoad.js.count} files) | ${kib(s.browserFirstLoad.js.gzipBytes)} |`,
      );
      lines.push(
        `| /planner first-load CSS, gzip (as Chromium loads it) | ${kib(s.browserFirstLoad.css.gzipBytes)} |`,
      );
      if (s.browserFirstLoad.js.demoOnly)
        lines.push(
          `| … of the first-load JS, demo-only (MSW + mock EHR) / without it | ${kib(s.browserFirstLoad.js.demoOnly.gzipBytes)} / ${kib(s.browserFirstLoad.js.withoutDemoGzipBytes)} |`,
        );
    }
    lines.push(
      `| /planner first-load JS, gzip (entry + modulepreload in index.html) | ${kib(s.htmlFirstLoad.js.gzipBytes)} |`,
    );
    lines.push(`| /planner first-load CSS, gzip (index.html) | ${kib(s.htmlFirstLoad.css.gzipBytes)} |`);
    lines.push(
      `| total JS, gzip (${s.totalJs.count} files) | ${kib(s.totalJs.gzipBytes)} (${kib(s.totalJs.rawBytes)} raw) |`,
    );
    lines.push(
      `| PDF chunk(s), lazy, gzip | ${kib(s.pdf.gzipBytes)} (${s.pdf.chunks.map((c) => c.file.replace('assets/', '')).join(', ') || 'none found'}) |`,
    );
  }
  if (summary.floorApp) {
    lines.push(
      `| stack floor: ${summary.floorApp.app}, as Chromium loads it (JS / CSS gzip) | ${kib(summary.floorApp.js.gzipBytes)} / ${kib(summary.floorApp.css.gzipBytes)} |`,
    );
    const served = summary.floorApp.served;
    if (served?.open)
      lines.push(
        `| stack floor: longest task at open, ${served.open.cpuSlowdown}× CPU (median of ${served.open.runs.length}) | ${ms(served.open.longestTaskMs)} |`,
      );
    const lh = served?.lighthouseMobile;
    if (lh)
      lines.push(
        `| stack floor: Lighthouse mobile (median of ${lh.runs}) | perf ${score(lh.scores.performance)} · LCP ${ms(lh.metrics.lcpMs)} · TBT ${ms(lh.metrics.tbtMs)} |`,
      );
  }
  lines.push(...browserRows(summary.browser));
  if (summary.floor) {
    lines.push(
      `| stack floor: React DOM + TanStack Router + MantineProvider + rules module, JS gzip (throwaway app, no planner code) | ${kib(summary.floor.base.gzipBytes)} |`,
    );
    lines.push(
      `| … + the ${summary.floor.mantineNames.length} Mantine imports of the first load: components and theme helpers (${summary.floor.mantineNames.join(', ')}) | ${kib(summary.floor.withComponents.gzipBytes)} |`,
    );
  }
  for (const routes of Object.values(summary.lighthouse ?? {})) {
    for (const preset of ['mobile', 'desktop']) {
      const r = routes[preset];
      if (!r) continue;
      lines.push(
        `| Lighthouse ${preset} ${routes.path} (median of ${r.runs}) | perf ${score(r.scores.performance)} · a11y ${score(r.scores.accessibility)} · best practices ${score(r.scores['best-practices'])} · LCP ${ms(r.metrics.lcpMs)} · TBT ${ms(r.metrics.tbtMs)} · CLS ${r.metrics.cls?.toFixed(3) ?? 'n/a'} |`,
      );
    }
  }
  if (summary.rules?.buildPlan365)
    lines.push(
      `| buildPlan, ${summary.rules.buildPlan365.days}-day plan | median ${summary.rules.buildPlan365.medianMs} ms · p95 ${summary.rules.buildPlan365.p95Ms} ms |`,
    );
  if (summary.rules?.assessRenal)
    lines.push(
      `| assessRenal | median ${summary.rules.assessRenal.medianMs} ms · p95 ${summary.rules.assessRenal.p95Ms} ms |`,
    );
  if (summary.pdf)
    lines.push(
      `| PDF export | ${summary.pdf.status === 'absent' ? summary.pdf.note : pdfCell(summary.pdf)} |`,
    );
  if (summary.audit)
    lines.push(
      `| npm audit --omit=dev --audit-level=high | ${
        summary.audit.registryAnswered
          ? `exit ${summary.audit.exitCode}; ${Object.entries(summary.audit.vulnerabilities ?? {})
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')}`
          : 'registry did not answer'
      } |`,
    );
  lines.push('');
  lines.push('| budget | measured | limit | verdict |');
  lines.push('| --- | --- | --- | --- |');
  for (const check of summary.checks)
    lines.push(
      `| ${check.name} | ${check.measured} | ${check.limit} | ${check.pass === null ? 'n/a' : check.pass ? 'PASS' : '**FAIL**'} |`,
    );
  if (summary.errors.length > 0) {
    lines.push('');
    lines.push(`Measurements that failed: ${summary.errors.map((e) => e.measurement).join(', ')}.`);
  }
  return lines.join('\n');
}

/** The browser bench's figures, one row each (tests/bench/browser). */
function browserRows(browser) {
  if (!browser) return [];
  const rows = [];
  const typing = browser.typing;
  if (typing)
    rows.push(
      `| INP while typing, ${typing.planDays}-day plan on screen, CPU ${typing.cpuSlowdown}× (a key every ${typing.keyDelayMs} ms) | ${typing.fields.map((field) => `${field.field} ${ms(field.inpMs)}`).join(' · ')} |`,
    );
  for (const route of browser.open?.routes ?? [])
    rows.push(
      `| opening ${route.route}, CPU ${browser.open.cpuSlowdown}×, ${browser.open.viewport}, cold (median of ${browser.open.runs}) | longest task ${ms(route.longestTaskMs)} · blocking ${ms(route.blockingMs)} · shown after ${ms(route.readyMs)} |`,
    );
  const list = browser.list;
  if (list) {
    rows.push(
      `| patient list, ${list.patients} patients on the FHIR engine, CPU ${list.cpuSlowdown}× | first page after ${ms(list.listOpen.shownMs)} · longest task ${ms(list.listOpen.longestTaskMs)} · ${list.listOpen.requests} request(s) of ≤ ${list.listOpen.largestPage} |`,
    );
    for (const search of list.searches)
      rows.push(
        `| … search “${search.query}” | results after ${ms(search.shownMs)} · longest task ${ms(search.longestTaskMs)} · ${search.requests} request(s) of ≤ ${search.largestPage} |`,
      );
  }
  const big = browser['big-chart'];
  if (big)
    rows.push(
      `| chart of ${big.observations} observations and ${big.medicationRecords} medication records, CPU ${big.cpuSlowdown}× (median of 3) | shown after ${ms(big.shownMs)} · longest task ${ms(big.longestTaskMs)} · blocking ${ms(big.blockingMs)} |`,
    );
  const synthea = browser['synthea-charts'];
  if (synthea)
    rows.push(
      `| the ${synthea.charts.length} Synthea charts, full speed, one after the other (goto → newest creatinine) | median ${ms(synthea.medianMs)} · slowest ${ms(synthea.slowestMs)} |`,
    );
  return rows;
}

/** pdf.perf.ts decides its own shape: show each measured document's median (and first run, size). */
export function pdfCell(pdf) {
  const parts = Object.entries(pdf)
    .filter(([, value]) => value && typeof value === 'object' && typeof value.medianMs === 'number')
    .map(([name, value]) => {
      const extra = [
        typeof value.firstRunMs === 'number' ? `first run ${Math.round(value.firstRunMs)} ms` : '',
        typeof value.bytes === 'number' ? `${(value.bytes / 1024).toFixed(0)} KiB` : '',
      ].filter(Boolean);
      return `${name}: median ${Math.round(value.medianMs)} ms${extra.length ? ` (${extra.join(', ')})` : ''}`;
    });
  return parts.join(' · ') || 'measured (see summary.json)';
}

export function writeReadme(path, summary) {
  const block = `${START}\n${resultsTable(summary)}\n${END}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const next =
    current.includes(START) && current.includes(END)
      ? current.replace(new RegExp(`${START}[\\s\\S]*${END}`), block)
      : `${current.trimEnd()}\n\n## Latest results\n\n${block}\n`;
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
}
