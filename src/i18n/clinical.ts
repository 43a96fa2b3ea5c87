/**
 * The words of the rules' results. `src/rules` returns rule ids, severities and structured parameters;
 * what a finding, an explain step or an input error says is looked up here, by id, in the language of
 * the `i18n` given (the screen's, or a document's). Every caller goes through these three functions.
 */
import type { ExplainStep, Finding, RulesInputError } from '../rules';
import { screenI18n, type I18n } from './index';

export interface FindingWords {
  title: string;
  detail: string;
  action?: string;
}

export interface StepWords {
  label: string;
  formula?: string;
  inputs: [label: string, value: string][];
  substituted?: string;
  result: string;
  unit?: string;
}

// Until the rules are language-free (issue 20, step "rules"), these read the words the rules still carry.
export function findingWords(finding: Finding, _i18n: I18n = screenI18n): FindingWords {
  return {
    title: finding.title,
    detail: finding.detail,
    ...(finding.action ? { action: finding.action } : {}),
  };
}

export function stepWords(step: ExplainStep, _i18n: I18n = screenI18n): StepWords {
  return {
    label: step.label,
    ...(step.formula ? { formula: step.formula } : {}),
    inputs: Object.entries(step.inputs).map(([label, value]) => [label, String(value)]),
    ...(step.substituted ? { substituted: step.substituted } : {}),
    result: String(step.result),
    ...(step.unit ? { unit: step.unit } : {}),
  };
}

export function inputErrorWords(error: RulesInputError, _i18n: I18n = screenI18n): string {
  return error.message;
}
