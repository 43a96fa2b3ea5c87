import axe from 'axe-core';

/**
 * Runs axe-core on a rendered container and returns serious/critical violations.
 * Colour contrast is skipped here because jsdom does not compute styles; Playwright checks it in Chromium.
 */
export async function seriousAxeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} → ${violation.nodes.map((node) => node.html.slice(0, 160)).join(' | ')}`,
    );
}
