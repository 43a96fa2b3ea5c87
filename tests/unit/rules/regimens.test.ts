/**
 * The regimen catalogue (spec §3) and product list, checked against the spec by hand.
 */
import { describe, expect, it } from 'vitest';
import { getProduct, PRODUCTS } from '../../../src/rules/products';
import { getRegimen, HARD_CEILING_MG_PER_DAY, REGIMENS } from '../../../src/rules/regimens';
import { SOURCES } from '../../../src/rules/sources';

describe('REGIMENS', () => {
  it('lists the spec §3 regimens in order, plus custom', () => {
    expect(REGIMENS.map((r) => r.id)).toEqual([
      'addolorato-30',
      'addolorato-60',
      'morley-75',
      'baclocur-80',
      'alpadir-180',
      'baclad-270',
      'rtu-300',
      'custom',
    ]);
  });

  // [id, kind, start, startDays, step, interval, target, cap, maintenance, taper]
  const SPEC: [string, string, number, number, number, number, number, number, number, boolean][] = [
    ['addolorato-30', 'fixed', 15, 3, 15, 3, 30, 30, 84, true],
    ['addolorato-60', 'fixed', 15, 3, 15, 3, 60, 60, 84, true],
    ['morley-75', 'fixed', 15, 3, 15, 3, 75, 75, 84, true],
    ['baclocur-80', 'flexible', 15, 3, 10, 3, 80, 80, 42, false],
    ['alpadir-180', 'fixed', 15, 3, 10, 3, 180, 180, 119, true],
    ['baclad-270', 'flexible', 15, 3, 10, 3, 270, 270, 84, true],
    ['rtu-300', 'flexible', 15, 3, 10, 3, 300, 300, 28, false],
    ['custom', 'flexible', 15, 3, 10, 3, 80, 300, 84, true],
  ];

  it.each(SPEC)(
    '%s: %s, start %d mg/day × %d days, +%d every %d days, target %d, cap %d, %d days, taper %s',
    (id, kind, start, startDays, step, interval, target, cap, maintenance, taper) => {
      const regimen = getRegimen(id);
      expect(regimen?.kind).toBe(kind);
      expect(regimen?.params).toMatchObject({
        kind,
        startMgPerDay: start,
        startDays,
        stepMgPerDay: step,
        stepIntervalDays: interval,
        targetMgPerDay: target,
        capMgPerDay: cap,
        maintenanceDays: maintenance,
        taper,
        dosesPerDay: 3,
        holdDays: 3,
        product: 'tablet-10-scored',
        taperParams: {
          mode: 'step',
          stepMgPerDay: 10,
          highDoseStepMgPerDay: 15,
          percent: 10,
          intervalDays: 3,
        },
      });
    },
  );

  it('cites only known sources, with the spec evidence label', () => {
    const evidence = Object.fromEntries(REGIMENS.map((r) => [r.id, r.evidence]));
    expect(evidence).toEqual({
      'addolorato-30': 'trial',
      'addolorato-60': 'trial',
      'morley-75': 'trial',
      'baclocur-80': 'label',
      'alpadir-180': 'trial',
      'baclad-270': 'trial',
      'rtu-300': 'guideline',
      custom: 'default',
    });
    for (const regimen of REGIMENS) {
      for (const key of regimen.sources) expect(SOURCES[key], `${regimen.id}: ${key}`).toBeDefined();
      for (const [param, evidence] of Object.entries(regimen.paramEvidence)) {
        for (const key of evidence?.sources ?? [])
          expect(SOURCES[key], `${regimen.id}.${param}: ${key}`).toBeDefined();
      }
    }
  });

  it('labels the unsourced steps of ALPADIR and BACLAD as bacloplan defaults', () => {
    expect(getRegimen('alpadir-180')?.paramEvidence.stepMgPerDay?.evidence).toBe('default');
    expect(getRegimen('baclad-270')?.paramEvidence.stepMgPerDay?.evidence).toBe('default');
    expect(getRegimen('alpadir-180')?.summary).toContain('2-week taper');
    expect(getRegimen('baclad-270')?.summary).toContain('4-week taper');
  });

  it('keeps every target ≤ cap ≤ 300 mg/day', () => {
    expect(HARD_CEILING_MG_PER_DAY).toBe(300);
    for (const regimen of REGIMENS) {
      expect(regimen.params.targetMgPerDay).toBeLessThanOrEqual(regimen.params.capMgPerDay);
      expect(regimen.params.capMgPerDay).toBeLessThanOrEqual(300);
    }
  });

  it('returns undefined for an unknown id', () => {
    expect(getRegimen('garbutt-30')).toBeUndefined();
  });
});

describe('PRODUCTS', () => {
  it('gives each product its dispensable unit (spec §3)', () => {
    expect(Object.fromEntries(PRODUCTS.map((p) => [p.id, p.unitMg]))).toEqual({
      'tablet-10-scored': 5,
      'tablet-5': 5,
      'tablet-10': 10,
      'tablet-20': 10,
      'tablet-25': 25,
      baclocur: 10,
      'oral-solution-1mg-ml': 1,
    });
    expect(getProduct('baclocur')?.strengthsMg).toEqual([40, 30, 20, 10]);
    expect(getProduct('oral-solution-1mg-ml')?.form).toBe('solution');
    expect(getProduct('nope')).toBeUndefined();
  });

  it('labels every scoring assumption and cites known sources', () => {
    for (const product of PRODUCTS) {
      expect(product.scoringAssumption.length).toBeGreaterThan(10);
      for (const key of product.sources) expect(SOURCES[key]).toBeDefined();
    }
  });
});
