import { keys } from '#src/i18n/keys.ts';
import type { ChoiceField, MultiChoiceField } from '#src/questionnaire/question-kinds.ts';
import { optionSystem } from './fhir-uris.ts';
import type { Coding } from './fhir-types.ts';
import type { TextLookup } from './locale-text.ts';

/** A fixed list of codes, the code system they belong to, and where each code's label is. */
export interface OptionSet {
  name: string;
  options: readonly string[];
  labelKey: (code: string) => string;
  exclusive?: string | undefined;
}

/** The option set of a choice field: its locale block `questionnaire:options.<optionSet>`. */
export function fieldOptionSet(field: ChoiceField | MultiChoiceField): OptionSet {
  return {
    name: field.optionSet,
    options: field.options,
    labelKey: (code) => keys.option(field.optionSet, code),
    exclusive: field.kind === 'multiChoice' ? field.exclusive : undefined,
  };
}

/** One option as a Coding; the English label is its display when text is given. */
export function optionCoding(set: OptionSet, code: string, text: TextLookup | undefined): Coding {
  const display = text?.(set.labelKey(code));
  return { system: optionSystem(set.name), code, ...(display === undefined ? {} : { display }) };
}
