import { createActorContext } from '@xstate/react';
import { screeningMachine } from './screening-machine.ts';

/** The one React binding of the screening machine. */
export const ScreeningActorContext = createActorContext(screeningMachine);
