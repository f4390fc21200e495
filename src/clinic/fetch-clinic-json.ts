/** clinic.json's text, from beside index.html (same origin), always revalidated; undefined when it cannot be had. */
export async function fetchClinicJson(base: string): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('clinic.json', base), { cache: 'no-cache' });
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
