import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const sourceFolder = new URL('../', import.meta.url);
const stylesheets = readdirSync(sourceFolder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));

/** Every rule that sets `visibility`, as "file: selector". */
function rulesSettingVisibility(): string[] {
  return stylesheets.flatMap((file) =>
    [...readFileSync(new URL(file, sourceFolder), 'utf8').matchAll(/([^{}]+)\{([^{}]*)\}/g)]
      .filter(([, , body]) => /(^|[;\s])visibility\s*:/.test(body ?? ''))
      .map(([, selector]) => `${file}: ${selector?.replace(/\/\*[\s\S]*?\*\//g, '').trim()}`),
  );
}

// The page built ahead is hidden by visibility (app.tsx): an element inside it that set its own
// visibility would show through the hidden box, or stay hidden once the page is shown.
it('leaves visibility to the box that hides the page built ahead', () => {
  expect(stylesheets.length).toBeGreaterThan(0);
  expect(rulesSettingVisibility()).toEqual(['ui/styles.css: .page--ahead']);
});
