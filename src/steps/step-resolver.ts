import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import { stepSchema } from '#src/questionnaire/step-schema.ts';
import type { Step } from '#src/questionnaire/steps.ts';

const resolvers = new WeakMap<Step, Resolver<FieldValues>>();

/** Validation for a step's form, built once per step: building the schema on every page costs a slow phone a frame. */
export function resolverOf(step: Step): Resolver<FieldValues> {
  let resolver = resolvers.get(step);
  if (!resolver) {
    resolver = zodResolver(stepSchema(step));
    resolvers.set(step, resolver);
  }
  return resolver;
}
