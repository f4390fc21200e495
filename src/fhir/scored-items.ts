import { auditFrequencyPoints, auditSixOrMorePoints, auditTypicalDrinksPoints } from '#src/instruments/audit-c.ts';
import { phq9Points } from '#src/instruments/phq9.ts';
import { phq9ItemIds, type FieldId } from '#src/questionnaire/fields.ts';
import { extensionUrls } from './fhir-uris.ts';
import type { Extension } from './fhir-types.ts';

/** The published points of each scored item's options, taken from the instruments' own tables. */
const pointsByField: Partial<Record<FieldId, Readonly<Record<string, number>>>> = {
  ...Object.fromEntries(phq9ItemIds.map((id) => [id, phq9Points])),
  auditFrequency: auditFrequencyPoints,
  auditTypicalDrinks: auditTypicalDrinksPoints,
  auditSixOrMore: auditSixOrMorePoints,
};

/** The ordinalValue extension for an option of a scored item, or nothing for an unscored one. */
export function ordinalValue(id: FieldId, code: string): Extension[] | undefined {
  const table = pointsByField[id];
  const points = table && Object.hasOwn(table, code) ? table[code] : undefined;
  return points === undefined ? undefined : [{ url: extensionUrls.ordinalValue, valueDecimal: points }];
}
