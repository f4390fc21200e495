/**
 * Whether the day or moment a summary says it was completed could have come yet: a day still to
 * come cannot be the patient's. A moment with its offset is an exact time (a few minutes' leeway
 * for clocks); a day alone is read as midnight UTC, which is already 14 hours old where the day
 * starts first (UTC+14).
 */
export function hasPassed(dateTime: string, now = Date.now()): boolean {
  return Date.parse(dateTime) <= now + (dateTime.length > 10 ? 5 * 60_000 : 14 * 3_600_000);
}
