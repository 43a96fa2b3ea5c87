import { describe, expect, it } from 'vitest';
import { checkInteractionsDetailed, matchDrug } from '../../../src/rules';
import { RXNORM_PRODUCTS } from '../../../src/rules/data/rxnorm-products';

describe('RxNorm product codes (SCD/SBD) → dictionary drugs', () => {
  it.each(RXNORM_PRODUCTS)(
    '$rxcui ($display): the code alone and the name alone find the same drugs',
    (product) => {
      const byCode = matchDrug({ rxnorm: product.rxcui }).map((entry) => entry.generic);
      const byName = matchDrug({ name: product.display }).map((entry) => entry.generic);
      expect(byCode).toEqual([...product.generics]);
      expect(byName).toEqual([...product.generics]);
    },
  );

  it('lists each code once', () => {
    const codes = RXNORM_PRODUCTS.map((product) => product.rxcui);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keeps what the text names beside what the code names, when they disagree', () => {
    // Carbamazepine's SBD with a chart text that (wrongly or as a combination) also names diazepam.
    const generics = matchDrug({ rxnorm: '308971', name: 'Tegretol and diazepam' }).map(
      (entry) => entry.generic,
    );
    expect(generics).toEqual(['carbamazepine', 'diazepam']);
  });

  it('an unlisted product code falls back to the text, and with no text is "not checked"', () => {
    expect(
      matchDrug({ rxnorm: '999999999', name: 'Lorazepam 1 MG Oral Tablet' }).map((e) => e.generic),
    ).toEqual(['lorazepam']);
    const unknown = checkInteractionsDetailed([{ rxnorm: '999999999' }], []);
    expect(unknown.medications[0]?.generics).toEqual([]);
  });
});
