import { createContext, useContext } from 'react';
import type { ClinicConfig } from './clinic-config.ts';

export const ClinicContext = createContext<ClinicConfig | undefined>(undefined);

/** The clinic's configuration (public/clinic.json), read at start-up. */
export function useClinic(): ClinicConfig {
  const clinic = useContext(ClinicContext);
  if (!clinic) throw new Error('useClinic needs a ClinicContext provider');
  return clinic;
}
