import { describe, expect, it } from 'vitest';
import { crisisLineSources } from './crisis-line-sources.ts';
import { crisisSupportByRegion, crisisSupportFor, fallbackCrisisSupport } from './crisis-lines.ts';
import { regions } from './regions.ts';

describe('crisis numbers by region', () => {
  it('cover the regions of CLINICAL.md 4.3, each with a source and a verification date', () => {
    expect([...regions].sort()).toEqual(['AU', 'CA', 'DE', 'ES', 'FR', 'GB', 'IE', 'MX', 'US']);
    for (const region of regions) {
      const support = crisisSupportByRegion[region];
      expect(support.emergency, region).toMatch(/^\d{3}$/);
      expect(support.lines.length, region).toBeGreaterThan(0);
      for (const line of support.lines) expect(line.display.replace(/\s/g, ''), `${region} ${line.id}`).toBe(line.tel);
    }
    for (const where of [...regions, 'fallback'] as const) {
      expect(crisisLineSources[where].source, where).not.toBe('');
      expect(crisisLineSources[where].verified, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('use 988 in the US, 116 123 in the UK and Ireland, 024 in Spain, and 112 where the region is unknown', () => {
    expect(crisisSupportFor('US').lines[0]?.tel).toBe('988');
    expect(crisisSupportFor('GB')).toMatchObject({ emergency: '999', lines: [{ tel: '116123' }] });
    expect(crisisSupportFor('IE')).toMatchObject({ emergency: '112', lines: [{ tel: '116123' }] });
    expect(crisisSupportFor('ES').lines[0]?.tel).toBe('024');
    expect(crisisSupportFor('XX')).toBe(fallbackCrisisSupport);
  });
});
