import type { core } from 'zod/mini';
import type { ConfigProblem } from './clinic-config.ts';

const known = new Set(['unknownLanguage', 'unfinishedLanguage', 'invalidPhone', 'invalidEmail', 'unknownRegion', 'invalidUrl', 'defaultLanguageNotEnabled']);

/** The types a field can be of, each with its own message (clinicConfig:problems.wrongType_<type>), not zod's words for them. */
const describedTypes = new Set(['string', 'int', 'number', 'boolean', 'array']);

/** Each of zod's issues with clinic.json as the field it is about and a message key (clinicConfig:problems). */
export function problemsOf(issues: readonly core.$ZodIssue[]): ConfigProblem[] {
  return issues.map((issue) => {
    const field = issue.path.join('.') || 'clinic.json';
    // A missing field fails whichever check comes first (a region's list, a web address): it is missing.
    if (issue.path.length > 0 && issue.input === undefined && issue.code !== 'unrecognized_keys') return { field, problem: 'missing' };
    if (known.has(issue.message)) return { field, problem: issue.message };
    if (issue.code === 'unrecognized_keys') return { field: issue.keys.join(', '), problem: 'unknownField' };
    if (issue.code === 'invalid_type') {
      return describedTypes.has(issue.expected) ? { field, problem: `wrongType_${issue.expected}` } : { field, problem: 'wrongType', expected: issue.expected };
    }
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      return { field, problem: issue.code === 'too_small' ? 'tooSmall' : 'tooBig', expected: String(issue.code === 'too_small' ? issue.minimum : issue.maximum) };
    }
    if (issue.code === 'invalid_value') return { field, problem: 'notAllowed', expected: issue.values.join(', ') };
    return { field, problem: 'invalid' };
  });
}
