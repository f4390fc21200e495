// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page.tsx';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const showIn = (Page: ComponentType<{ name: string }>) =>
  render(
    <Suspense fallback={<p>Waiting</p>}>
      <Page name="Ada" />
    </Suspense>,
  );

describe('a lazy page', () => {
  it('shows at once, without its fallback, once its code has been preloaded', async () => {
    const page = lazyPage(() => Promise.resolve(Greeting));
    await page.preload();
    showIn(page.Page);
    expect(screen.getByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Waiting')).toBeNull();
  });

  it('shows its fallback until code that was not preloaded arrives', async () => {
    let arrive: (component: typeof Greeting) => void = () => undefined;
    const page = lazyPage(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    showIn(page.Page);
    expect(screen.getByText('Waiting')).toBeTruthy();
    await act(async () => arrive(Greeting));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
  });

  it('fetches its code once however often it is preloaded', async () => {
    let fetches = 0;
    const page = lazyPage(() => {
      fetches += 1;
      return Promise.resolve(Greeting);
    });
    await Promise.all([page.preload(), page.preload()]);
    showIn(page.Page);
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch', async () => {
    let attempts = 0;
    const page = lazyPage(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Greeting);
    });
    await expect(page.preload()).rejects.toThrow('offline');
    await page.preload();
    showIn(page.Page);
    expect(screen.getByText('Hello Ada')).toBeTruthy();
  });
});
