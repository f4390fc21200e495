import { lazy, type ComponentType } from 'react';

export interface LazyPage<P> {
  Page: ComponentType<P>;
  /** Fetches and runs the page's code, so that showing it later has nothing to wait for. */
  preload: () => Promise<unknown>;
}

/**
 * A page whose code arrives on demand, like React.lazy, except that once the code is here the page
 * renders at once. React.lazy suspends on its first render even when the code has long arrived, and
 * React then keeps the Suspense fallback (here, a blank page) on screen for at least 300 ms.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed fetch (offline for a moment) is tried again next time.
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return { Page, preload };
}
