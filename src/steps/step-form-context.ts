import { createContext, useContext } from 'react';
import type { UseFormRegister, UseFormRegisterReturn, UseFormReturn } from 'react-hook-form';

/** The props that tie an input to its page's form. */
export type FieldRegistration = Omit<UseFormRegisterReturn, 'onBlur'>;

/** What a field needs from its page's form. */
export interface StepFormFields extends Pick<UseFormReturn, 'control'> {
  register: (name: string) => FieldRegistration;
}

/**
 * A form's registration without its blur handler. Answers are checked when the person presses
 * Continue, and after that as they change, never as a field loses focus, so a blur has nothing to
 * tell the form. Pressing Continue takes focus off the last answer, and react-hook-form's handler
 * read the answer back and updated the form's state on every page turn.
 */
export function withoutBlur(register: UseFormRegister<Record<string, unknown>>): StepFormFields['register'] {
  return (name) => {
    const { onBlur: _unused, ...registration } = register(name);
    return registration;
  };
}

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
