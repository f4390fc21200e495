import type { Region } from './regions.ts';
/**
 * Crisis lines and emergency numbers by region (CLINICAL.md 4.3). Numbers are dialled as written;
 * names and descriptions are locale keys under `safety:lines.<id>`. Re-verify every number against
 * its source before each release: numbers change (the US moved to 988 in 2022, Canada in 2023).
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
  /** Where the numbers come from, and when they were last checked against that source. */
  source: string;
  verified: string;
}

export const crisisSupportByRegion = {
  US: {
    emergency: '911',
    lines: [{ id: 'us988', tel: '988', display: '988', sms: { number: '988', display: '988' } }],
    source: '988 Suicide & Crisis Lifeline, live 16 July 2022 (webmd, UPI); 911',
    verified: '2026-11-22',
  },
  CA: {
    emergency: '911',
    lines: [{ id: 'ca988', tel: '988', display: '988', sms: { number: '988', display: '988' } }],
    source: '9-8-8 Suicide Crisis Helpline, live 30 Nov 2023 (Government of Canada, CMHA); 911',
    verified: '2026-11-22',
  },
  GB: {
    emergency: '999',
    lines: [{ id: 'samaritans', tel: '116123', display: '116 123' }],
    source: 'Samaritans 116 123, free 24/7 (samaritans.org); 999 or 112',
    verified: '2026-11-22',
  },
  IE: {
    emergency: '112',
    lines: [{ id: 'samaritans', tel: '116123', display: '116 123' }],
    source: 'Samaritans 116 123, free in Ireland since 2014 (samaritans.org); 112 or 999',
    verified: '2026-11-22',
  },
  ES: {
    emergency: '112',
    lines: [
      { id: 'es024', tel: '024', display: '024' },
      { id: 'esEsperanza', tel: '717003717', display: '717 003 717' },
    ],
    source: '024 Línea de atención a la conducta suicida, live 10 May 2022 (Ministerio de Sanidad); Teléfono de la Esperanza; 112',
    verified: '2026-11-22',
  },
  MX: {
    emergency: '911',
    lines: [{ id: 'mxLineaDeLaVida', tel: '8009112000', display: '800 911 2000' }],
    source: 'Línea de la Vida 800 911 2000, CONASAMA (El Universal, Proceso 2025); 911',
    verified: '2026-11-22',
  },
  AU: {
    emergency: '000',
    lines: [{ id: 'auLifeline', tel: '131114', display: '13 11 14', sms: { number: '0477131114', display: '0477 13 11 14' } }],
    source: 'Lifeline 13 11 14, text 0477 13 11 14 (lifeinmind.org.au); 000 (not re-checked)',
    verified: '2026-11-22',
  },
  DE: {
    emergency: '112',
    lines: [
      { id: 'deTelefonSeelsorge1', tel: '08001110111', display: '0800 111 0 111' },
      { id: 'deTelefonSeelsorge2', tel: '08001110222', display: '0800 111 0 222' },
    ],
    source: 'TelefonSeelsorge 0800 111 0 111 and 0800 111 0 222 (domradio.de, spektrum.de); 112',
    verified: '2026-11-22',
  },
  FR: {
    emergency: '112',
    lines: [{ id: 'fr3114', tel: '3114', display: '3114' }],
    source: '3114 numéro national de prévention du suicide, live 1 Oct 2021 (service-public.fr); 112',
    verified: '2026-11-22',
  },
} as const satisfies Record<Region, RegionCrisisSupport>;

export type { Region };

/** Where no region is configured or known: the emergency number that works across the EU and on most mobiles. */
export const fallbackCrisisSupport: RegionCrisisSupport = {
  emergency: '112',
  lines: [],
  source: '112 is free from any phone in all EU member states and dialable on GSM phones generally (CLINICAL.md 4.3)',
  verified: '2026-11-22',
};

/** The crisis numbers for a region, or the emergency fallback. */
export function crisisSupportFor(region: string | undefined): RegionCrisisSupport {
  return region && region in crisisSupportByRegion ? crisisSupportByRegion[region as Region] : fallbackCrisisSupport;
}
