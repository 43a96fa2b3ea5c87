import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { plannerLinkProps, type PlannerState } from '../../src/lib/plannerLink';

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/**
 * Every e2e test records console errors, page errors and requests to any origin other than the app's
 * own; tests assert both lists are empty (no third-party requests at runtime, no runtime errors).
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({ page, baseURL }, use) => {
    const problems: PageProblems = { consoleErrors: [], foreignRequests: [] };
    const ownOrigin = new URL(baseURL ?? 'http://localhost').origin;
    page.on('console', (message) => {
      // The location names the resource when the message is a failed load ("… 404"): without it a
      // failure in CI says nothing about which request it was.
      if (message.type() !== 'error') return;
      const where = message.location().url;
      problems.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== ownOrigin) problems.foreignRequests.push(url);
    });
    await use(problems);
  },
});

export { expect };

/** Serious or critical axe violations on the current page, as readable strings. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} → ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** 72-year-old man, 70 kg, creatinine 150 µmol/L (moderate band), on the 300 mg/day RTU regimen. */
export const MODERATE_72 = {
  age: 72,
  sex: 'male',
  weightKg: 70,
  scr: 150,
  scrUnit: 'umol/L',
  regimen: 'rtu-300',
  start: '2026-12-01',
} as const satisfies PlannerState;

/**
 * The address of a planner link for this state, as the app writes it: codes only (anything without
 * a code — free text, overrides — is not in a link and must be entered on the page).
 */
export function plannerUrl(state: PlannerState): string {
  const { search } = plannerLinkProps(state);
  const query = Object.entries(search)
    .map(([key, value]) => `${key}=${encodeURIComponent(JSON.stringify(value))}`)
    .join('&');
  return `/planner?${query}`;
}

/** Type a medication into step 3 and add it, as a clinician does. */
export async function addMedication(page: Page, text: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Medication' }).fill(text);
  await page.getByRole('button', { name: 'Add medication' }).click();
  await expect(page.getByRole('group', { name: 'Medication entered' })).toContainText(text);
}
