import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
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
