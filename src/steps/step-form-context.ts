import { createContext, useContext } from 'react';
import type { UseFormReturn } from 'react-hook-form';

/** What a field needs from its page's form. */
export type StepFormFields = Pick<UseFormReturn, 'register' | 'control'>;

/**
 * The page's form, for its fields. Not react-hook-form's FormProvider: that context changes with
 * every change of the form's state, including the one it makes as it mounts, and each change
 * renders every field on the page again.
 */
export const StepFormContext = createContext<StepFormFields | null>(null);

export function useStepForm(): StepFormFields {
  const form = useContext(StepFormContext);
  if (!form) throw new Error('A field is rendered outside its step form');
  return form;
}
