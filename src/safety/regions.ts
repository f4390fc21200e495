/**
 * The regions with crisis numbers in crisis-lines.ts, which clinic.json may name. A list of its own:
 * the first load checks clinic.json against it without carrying every number.
 */
export const regions = ['US', 'CA', 'GB', 'IE', 'ES', 'MX', 'AU', 'DE', 'FR'] as const;

export type Region = (typeof regions)[number];
