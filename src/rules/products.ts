/**
 * Dispensable baclofen products (spec §3 "Dose split"). The unit of a product is the smallest amount
 * one administration can be: every planned dose is a whole number of units, so the patient can take
 * it with what the pharmacy hands over. Whether a tablet may be halved is an assumption about the
 * brand dispensed, so it is data with its own evidence label, shown next to the plan.
 */
import type { Evidence, ProductId } from './types';

/** A dispensable product and the unit every planned administration is a multiple of. */
export interface Product {
  id: ProductId;
  label: string;
  form: 'tablet' | 'solution';
  /** Tablet strengths that can be dispensed (mg), largest first; for the solution: mg per mL. */
  strengthsMg: readonly number[];
  /** Smallest dose one administration can be (mg). */
  unitMg: number;
  /** Whether the plan assumes tablets are halved (a half tablet is one unit). */
  halvesTablets: boolean;
  /** What bacloplan assumes about scoring/splitting and why. */
  scoringAssumption: string;
  evidence: Evidence;
  sources: string[];
}

/** The product used when the clinician has not chosen one (spec §3: 10 mg scored tablet, 5 mg units). */
export const DEFAULT_PRODUCT_ID: ProductId = 'tablet-10-scored';

const PRODUCT_LIST: Product[] = [
  {
    id: 'tablet-10-scored',
    label: 'Baclofen 10 mg scored tablet (halved: 5 mg steps)',
    form: 'tablet',
    strengthsMg: [10],
    unitMg: 5,
    halvesTablets: true,
    scoringAssumption:
      'Default product: the 10 mg tablet is scored and may be halved, so doses move in 5 mg units.',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  {
    id: 'tablet-5',
    label: 'Baclofen 5 mg tablet',
    form: 'tablet',
    strengthsMg: [5],
    unitMg: 5,
    halvesTablets: false,
    scoringAssumption: 'Whole tablets only: a 2.5 mg half is below any dose step used for AUD.',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  {
    id: 'tablet-10',
    label: 'Baclofen 10 mg tablet (not halved)',
    form: 'tablet',
    strengthsMg: [10],
    unitMg: 10,
    halvesTablets: false,
    scoringAssumption:
      'Whole tablets only (choose "10 mg scored tablet" when the dispensed brand is scored).',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  {
    id: 'tablet-20',
    label: 'Baclofen 20 mg scored tablet (halved: 10 mg steps)',
    form: 'tablet',
    strengthsMg: [20],
    unitMg: 10,
    halvesTablets: true,
    scoringAssumption:
      'Assumes a functionally scored 20 mg tablet that may be halved into 10 mg; confirm with the brand dispensed.',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  {
    id: 'tablet-25',
    label: 'Baclofen 25 mg tablet (not halved)',
    form: 'tablet',
    strengthsMg: [25],
    unitMg: 25,
    halvesTablets: false,
    scoringAssumption:
      'Whole tablets only: scoring of 25 mg tablets varies by brand, and assuming a split that the tablet does not support would give wrong doses.',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
  {
    id: 'baclocur',
    label: 'Baclocur 10/20/30/40 mg tablets',
    form: 'tablet',
    strengthsMg: [40, 30, 20, 10],
    unitMg: 10,
    halvesTablets: false,
    scoringAssumption:
      'Whole tablets; each administration uses the fewest tablets (largest strengths first), so doses move in 10 mg units.',
    evidence: 'label',
    sources: ['baclocur-smpc-2018'],
  },
  {
    id: 'oral-solution-1mg-ml',
    label: 'Baclofen oral solution 1 mg/mL',
    form: 'solution',
    strengthsMg: [1],
    unitMg: 1,
    halvesTablets: false,
    scoringAssumption: 'Measured in mL; doses move in 1 mg (1 mL) units.',
    evidence: 'default',
    sources: ['bacloplan-default'],
  },
];

/** The dispensable products; frozen because every plan shares them. */
export const PRODUCTS: readonly Product[] = Object.freeze(
  PRODUCT_LIST.map((product) =>
    Object.freeze({ ...product, strengthsMg: Object.freeze([...product.strengthsMg]) }),
  ),
);

const PRODUCT_BY_ID = new Map<string, Product>(PRODUCTS.map((product) => [product.id, product]));

/** The product with this id, or undefined for an unknown id. */
export function getProduct(id: string): Product | undefined {
  return PRODUCT_BY_ID.get(id);
}

/** One dispensing line: tablets of one strength, or mL of the solution. */
export interface DispenseLine {
  strengthMg: number;
  count: number;
  unit: 'tablet' | 'mL';
}

/**
 * Tablets (or mL) needed for a list of single administrations (mg each). Scored tablets count a half
 * per half-tablet and the total is rounded up to whole tablets, because a pharmacy dispenses whole ones.
 * Baclocur uses the fewest tablets per administration (greedy over 40/30/20/10 mg).
 */
export function dispenseForAdministrations(
  product: Product,
  administrationsMg: Iterable<number>,
): DispenseLine[] {
  if (product.form === 'solution') {
    const mgPerMl = product.strengthsMg[0] ?? 1;
    let totalMg = 0;
    for (const mg of administrationsMg) totalMg += mg;
    const ml = Math.ceil(totalMg / mgPerMl - 1e-9);
    return ml > 0 ? [{ strengthMg: mgPerMl, count: ml, unit: 'mL' }] : [];
  }
  if (product.strengthsMg.length === 1) {
    const strengthMg = product.strengthsMg[0] ?? product.unitMg;
    const piecesPerTablet = product.halvesTablets ? 2 : 1;
    const pieceMg = strengthMg / piecesPerTablet;
    let pieces = 0;
    for (const mg of administrationsMg) pieces += Math.round(mg / pieceMg);
    const tablets = Math.ceil(pieces / piecesPerTablet);
    return tablets > 0 ? [{ strengthMg, count: tablets, unit: 'tablet' }] : [];
  }
  const counts = new Map<number, number>();
  for (const mg of administrationsMg) {
    let remainingMg = mg;
    for (const strengthMg of product.strengthsMg) {
      const tablets = Math.floor(remainingMg / strengthMg + 1e-9);
      if (tablets > 0) {
        counts.set(strengthMg, (counts.get(strengthMg) ?? 0) + tablets);
        remainingMg -= tablets * strengthMg;
      }
    }
  }
  return product.strengthsMg
    .filter((strengthMg) => (counts.get(strengthMg) ?? 0) > 0)
    .map((strengthMg) => ({ strengthMg, count: counts.get(strengthMg) ?? 0, unit: 'tablet' as const }));
}
