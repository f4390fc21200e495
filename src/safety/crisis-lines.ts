import type { Region } from './regions.ts';
/**
 * Crisis lines and emergency numbers by region (CLINICAL.md 4.3). Numbers are dialled as written;
 * names and descriptions are locale keys under `safety:lines.<id>`. Re-verify every number against
 * its source (crisis-line-sources.ts) before each release: numbers change (the US moved to 988 in
 * 2022, Canada in 2023).
 */
export interface CrisisLine {
  id: string;
  /** As dialled, and as shown. */
  tel: string;
  display: string;
  sms?: { number: string; display: string };
}

export interface RegionCrisisSupport {
  emergency: string;
  lines: readonly CrisisLine[];
}

export const crisisSupportByRegion = {
  US: {
    emergency: '911',
    lines: [{ id: 'us988', tel: '988', display: '988', sms: { number: '988', display: '988' } }],
  },
  CA: {
    emergency: '911',
    lines: [{ id: 'ca988', tel: '988', display: '988', sms: { number: '988', display: '988' } }],
  },
  GB: {
    emergency: '999',
    lines: [{ id: 'samaritans', tel: '116123', display: '116 123' }],
  },
  IE: {
    emergency: '112',
    lines: [{ id: 'samaritans', tel: '116123', display: '116 123' }],
  },
  ES: {
    emergency: '112',
    lines: [
      { id: 'es024', tel: '024', display: '024' },
      { id: 'esEsperanza', tel: '717003717', display: '717 003 717' },
    ],
  },
  MX: {
    emergency: '911',
    lines: [{ id: 'mxLineaDeLaVida', tel: '8009112000', display: '800 911 2000' }],
  },
  AU: {
    emergency: '000',
    lines: [{ id: 'auLifeline', tel: '131114', display: '13 11 14', sms: { number: '0477131114', display: '0477 13 11 14' } }],
  },
  DE: {
    emergency: '112',
    lines: [
      { id: 'deTelefonSeelsorge1', tel: '08001110111', display: '0800 111 0 111' },
      { id: 'deTelefonSeelsorge2', tel: '08001110222', display: '0800 111 0 222' },
    ],
  },
  FR: {
    emergency: '112',
    lines: [{ id: 'fr3114', tel: '3114', display: '3114' }],
  },
} as const satisfies Record<Region, RegionCrisisSupport>;

export type { Region };

/** Where no region is configured or known: the emergency number that works across the EU and on most mobiles. */
export const fallbackCrisisSupport: RegionCrisisSupport = {
  emergency: '112',
  lines: [],
};

/** The crisis numbers for a region, or the emergency fallback. */
export function crisisSupportFor(region: string | undefined): RegionCrisisSupport {
  return region && region in crisisSupportByRegion ? crisisSupportByRegion[region as Region] : fallbackCrisisSupport;
}
