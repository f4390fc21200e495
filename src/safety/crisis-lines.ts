/**
 * Crisis lines by region (CLINICAL.md 4.3). `tel` and `sms` are dialled as written; names and
 * descriptions are locale keys under `safety:lines.<id>`.
 */
export interface CrisisLine {
  id: string;
  tel: string;
  sms?: string;
}

export interface RegionCrisisSupport {
  emergency: string;
  lines: readonly CrisisLine[];
  /** When the numbers were last checked against their source. */
  verified: string;
  source: string;
}

export const defaultCrisisSupport: RegionCrisisSupport = {
  emergency: '911',
  lines: [{ id: 'us988', tel: '988', sms: '988' }],
  verified: '2026-11-22',
  source: 'CLINICAL.md 4.3: 988 Suicide & Crisis Lifeline (launched 16 July 2022); 911',
};
