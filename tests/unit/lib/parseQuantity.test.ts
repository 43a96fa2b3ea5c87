import { describe, expect, it } from 'vitest';
import { AGE_UNITS, HEIGHT_UNITS, parseQuantity, WEIGHT_UNITS } from '../../../src/lib/parseQuantity';

describe('numbers as clinicians type them', () => {
  it('reads plain numbers, a decimal comma and the field’s own unit', () => {
    expect(parseQuantity('92', WEIGHT_UNITS)).toEqual({ kind: 'number', value: 92 });
    expect(parseQuantity('0,8')).toEqual({ kind: 'number', value: 0.8 });
    expect(parseQuantity('92 kg', WEIGHT_UNITS)).toEqual({ kind: 'number', value: 92 });
    expect(parseQuantity('92kg', WEIGHT_UNITS)).toEqual({ kind: 'number', value: 92 });
    expect(parseQuantity('58 y', AGE_UNITS, false)).toEqual({ kind: 'number', value: 58 });
    expect(parseQuantity('58 years', AGE_UNITS, false)).toEqual({ kind: 'number', value: 58 });
  });

  it('converts pounds and feet/inches, and says so (1 lb = 0.45359237 kg, 1 in = 2.54 cm)', () => {
    expect(parseQuantity('203 lb', WEIGHT_UNITS)).toEqual({
      kind: 'number',
      value: 92.1,
      convertedFrom: '203 lb',
    });
    expect(parseQuantity('5 ft 10 in', HEIGHT_UNITS)).toEqual({
      kind: 'number',
      value: 177.8,
      convertedFrom: '5 ft 10 in',
    });
    expect(parseQuantity(`5'10"`, HEIGHT_UNITS)).toEqual({
      kind: 'number',
      value: 177.8,
      convertedFrom: `5'10"`,
    });
    expect(parseQuantity('70 in', HEIGHT_UNITS)).toEqual({
      kind: 'number',
      value: 177.8,
      convertedFrom: '70 in',
    });
  });

  it('refuses what it cannot read, with a message — never an empty field without a word', () => {
    expect(parseQuantity('92 stone', WEIGHT_UNITS)).toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining('not in kg'),
    });
    expect(parseQuantity('abc', WEIGHT_UNITS)).toMatchObject({
      kind: 'invalid',
      message: '“abc” is not a number in kg.',
    });
    expect(parseQuantity('58.5', AGE_UNITS, false)).toMatchObject({
      kind: 'invalid',
      message: 'Enter a whole number of years.',
    });
    expect(parseQuantity('-5', WEIGHT_UNITS).kind).toBe('invalid');
    expect(parseQuantity('', WEIGHT_UNITS)).toEqual({ kind: 'empty' });
    expect(parseQuantity('.', WEIGHT_UNITS)).toEqual({ kind: 'empty' });
  });
});
