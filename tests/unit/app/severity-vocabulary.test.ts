/**
 * One clinical vocabulary: the planner's severity badges and the chart's flags say the same word with
 * the same icon for every severity (the hard stop was a ban sign on one and a hand on the other, and
 * the ban sign also meant "contraindicated").
 */
import { describe, expect, it } from 'vitest';
import { SEVERITY_ORDER } from '../../../src/rules';
import { SEVERITY_STYLE } from '../../../src/components/SeverityBadge';
import { SEVERITY_TONE } from '../../../src/features/patients/severity';

describe('severity vocabulary', () => {
  it.each(SEVERITY_ORDER)('%s: same word and icon in the planner and on the chart', (severity) => {
    expect(SEVERITY_STYLE[severity].label).toBe(SEVERITY_TONE[severity].label);
    expect(SEVERITY_STYLE[severity].Icon).toBe(SEVERITY_TONE[severity].Icon);
  });

  it('no two severities share an icon among the serious ones', () => {
    const serious = (['hard-stop', 'contraindicated', 'major', 'moderate'] as const).map(
      (severity) => SEVERITY_STYLE[severity].Icon,
    );
    expect(new Set(serious).size).toBe(serious.length);
  });
});
