/** Semver of the clinical ruleset; bump on any clinical change (it is printed on every plan and PDF). */
export const RULESET_VERSION = '1.2.3';
