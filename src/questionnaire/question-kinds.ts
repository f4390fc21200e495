import * as z from 'zod/mini';
import type { TreatmentTrial } from './treatment-trial.ts';

/**
 * Field kinds: each builder returns the field's answer schema together with what a page
 * needs to render it, so a field is declared once. Error messages are validation codes,
 * translated by the page (`validation.<code>` in locales).
 */

/** The validation code for an answer left empty. */
export const required = { error: 'required' } as const;

export interface ChoiceField<V extends string = string> {
  kind: 'choice';
  options: readonly V[];
  optionSet: string;
  schema: z.ZodMiniType<V, unknown>;
  // Method syntax: checked bivariantly, so any choice field fits the general FieldSpec.
  signalsCrisis?(value: V): boolean;
}

export interface MultiChoiceField<V extends string = string> {
  kind: 'multiChoice';
  options: readonly V[];
  optionSet: string;
  exclusive?: V;
  schema: z.ZodMiniType<V[], unknown>;
}

export interface IntegerField {
  kind: 'integer';
  min: number;
  max: number;
  unit?: string;
  schema: z.ZodMiniType<number, unknown>;
}

export interface MonthYearField {
  kind: 'monthYear';
  schema: z.ZodMiniType<MonthYear, unknown>;
}

export interface TextField {
  kind: 'text';
  multiline: boolean;
  maxLength: number;
  optional: boolean;
  schema: z.ZodMiniType<string, unknown>;
}

export interface TrialListField {
  kind: 'trialList';
  maxEntries: number;
  schema: z.ZodMiniType<TreatmentTrial[], unknown>;
}

export type FieldSpec =
  | ChoiceField
  | MultiChoiceField
  | IntegerField
  | MonthYearField
  | TextField
  | TrialListField;

export type FieldKind = FieldSpec['kind'];

export interface MonthYear {
  month: number;
  year: number;
}

/** One choice from a fixed option set; values are language-neutral codes. */
export function choiceField<const V extends string>(
  optionSet: string,
  options: readonly [V, ...V[]],
  extra: { signalsCrisis?: (value: V) => boolean } = {},
): ChoiceField<V> {
  return {
    kind: 'choice',
    optionSet,
    options,
    schema: z.enum(options, required),
    ...extra,
  };
}

/** Any number of choices; `exclusive` (such as "none of these") cannot be combined with others. */
export function multiChoiceField<const V extends string>(
  optionSet: string,
  options: readonly [V, ...V[]],
  exclusive?: V,
): MultiChoiceField<V> {
  const schema = preprocess(
    (value) => (value === false || value === undefined || value === null ? [] : value),
    z.array(z.enum(options, required), required).check(
      z.minLength(1, required),
      z.refine((values) => new Set(values).size === values.length, { error: 'invalidChoice' }),
      z.refine((values) => exclusive === undefined || !values.includes(exclusive) || values.length === 1, {
        error: 'exclusiveChoice',
      }),
    ),
  );
  return { kind: 'multiChoice', optionSet, options, schema, ...(exclusive ? { exclusive } : {}) };
}

/** zod/mini has no `preprocess`: the same is a transform piped into the schema. */
function preprocess<T>(prepare: (value: unknown) => unknown, schema: z.ZodMiniType<T, unknown>): z.ZodMiniType<T, unknown> {
  return z.pipe(z.transform(prepare), schema);
}

const plainNumber = /^[+-]?\d+(\.\d+)?$/;
/** Arabic-Indic, Eastern Arabic-Indic (Persian, Urdu) and full-width digits: each block's last hex digit is the digit's value. */
const otherDigits = /[٠-٩۰-۹０-９]/g;

/**
 * Form inputs arrive as text: blank means unanswered, anything not a plain decimal is not a number.
 * Digits as an Arabic or Persian keyboard types them count as the same digits.
 */
function toNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim().replace(otherDigits, (digit) => String(digit.charCodeAt(0) & 15));
  if (trimmed === '') return undefined;
  return plainNumber.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A whole number within [min, max]. */
export function integerField(min: number, max: number): IntegerField {
  const schema = preprocess(
    toNumber,
    z
      .number({ error: (issue) => (issue.input === undefined ? 'required' : 'notANumber') })
      .check(z.int({ error: 'notWholeNumber' }), z.gte(min, { error: 'tooSmall' }), z.lte(max, { error: 'tooLarge' })),
  );
  return { kind: 'integer', min, max, schema };
}

const earliestYear = 1900;

/** A month and year in the past (or this month), such as when an episode began. */
export function monthYearField(today: () => Date = () => new Date()): MonthYearField {
  const part = (min: number, max: number, code: string) =>
    preprocess(
      toNumber,
      z
        .number({ error: (issue) => (issue.input === undefined ? 'required' : code) })
        .check(z.int({ error: code }), z.gte(min, { error: code }), z.lte(max, { error: code })),
    );
  const schema = z.object({ month: part(1, 12, 'invalidMonth'), year: part(earliestYear, 9999, 'invalidYear') }, required).check(
    z.refine(
      ({ month, year }) => {
        const now = today();
        return year < now.getFullYear() || (year === now.getFullYear() && month <= now.getMonth() + 1);
      },
      { error: 'dateInFuture' },
    ),
  );
  return { kind: 'monthYear', schema };
}

/** Free text; optional text is stored as '' so that "seen and left blank" differs from "not asked yet". */
export function textField({
  maxLength,
  multiline = false,
  optional = false,
}: {
  maxLength: number;
  multiline?: boolean;
  optional?: boolean;
}): TextField {
  const trimmed = z.string(required).check(z.trim(), z.maxLength(maxLength, { error: 'tooLong' }));
  const schema = preprocess(
    (value) => (value === undefined || value === null ? (optional ? '' : undefined) : value),
    optional ? trimmed : trimmed.check(z.minLength(1, required)),
  );
  return { kind: 'text', maxLength, multiline, optional, schema };
}
