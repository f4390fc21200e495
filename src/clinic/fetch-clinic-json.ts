/** clinic.json's text, from beside index.html (same origin), always revalidated; undefined when it cannot be had. */
export async function fetchClinicJson(base: string): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('clinic.json', base), { cache: 'no-cache' });
    // A host that answers every unknown address with the app's page (a single-page fallback) has no clinic.json either.
    const isPage = response.headers.get('content-type')?.includes('text/html') ?? false;
    return response.ok && !isPage ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}
