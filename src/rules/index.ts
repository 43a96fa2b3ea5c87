/**
 * The rules module's one public entry. Pure TypeScript: no UI, no I/O, no clock — dates come in as
 * arguments. Everything other code may use is re-exported here; nothing imports the files behind it.
 */
export * from './types';
export { RulesInputError } from './errors';
export { RULESET_VERSION } from './version';
export { SOURCES, resolveSource, type Source } from './sources';
export * from './renal';
export * from './regimens';
export * from './plan';
export * from './interactions';
export * from './severity';
export * from './visit';
