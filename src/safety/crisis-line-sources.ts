import type { Region } from './regions.ts';

/**
 * Where the numbers of crisis-lines.ts come from, and when each region's were last checked against
 * that source (CLINICAL.md 4.3). Kept apart from the numbers, which every person downloads: the
 * app shows no source, and the tests hold every region to having one.
 */
export const crisisLineSources: Record<Region | 'fallback', { source: string; verified: string }> = {
  US: {
    source: '988 Suicide & Crisis Lifeline, live 16 July 2022 (webmd, UPI); 911',
    verified: '2026-11-22',
  },
  CA: {
    source: '9-8-8 Suicide Crisis Helpline, live 30 Nov 2023 (Government of Canada, CMHA); 911',
    verified: '2026-11-22',
  },
  GB: {
    source: 'Samaritans 116 123, free 24/7 (samaritans.org); 999 or 112',
    verified: '2026-11-22',
  },
  IE: {
    source: 'Samaritans 116 123, free in Ireland since 2014 (samaritans.org); 112 or 999',
    verified: '2026-11-22',
  },
  ES: {
    source: '024 Línea de atención a la conducta suicida, live 10 May 2022 (Ministerio de Sanidad); Teléfono de la Esperanza; 112',
    verified: '2026-11-22',
  },
  MX: {
    source: 'Línea de la Vida 800 911 2000, CONASAMA (El Universal, Proceso 2025); 911',
    verified: '2026-11-22',
  },
  AU: {
    source: 'Lifeline 13 11 14, text 0477 13 11 14 (lifeinmind.org.au); 000 (not re-checked)',
    verified: '2026-11-22',
  },
  DE: {
    source: 'TelefonSeelsorge 0800 111 0 111 and 0800 111 0 222 (domradio.de, spektrum.de); 112',
    verified: '2026-11-22',
  },
  FR: {
    source: '3114 numéro national de prévention du suicide, live 1 Oct 2021 (service-public.fr); 112',
    verified: '2026-11-22',
  },
  fallback: {
    source: '112 is free from any phone in all EU member states and dialable on GSM phones generally (CLINICAL.md 4.3)',
    verified: '2026-11-22',
  },
};
