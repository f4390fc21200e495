// The whole questionnaire, walked by the end-to-end journey driver while a probe in the page times
// each page turn and records long tasks. Run by scripts/bench.mjs, which serves the build and
// reads the results from BENCH_JOURNEY_RESULTS.
import { test, type Page } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { visibleSteps } from '#src/questionnaire/flow.ts';
import { completeJourney, en, expectedHeading, origin, press, type PressStyle } from '#tests/e2e/journey-driver.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { installProbe } from './page-turn-probe.ts';

const resultsFile = process.env.BENCH_JOURNEY_RESULTS ?? '.bench/journeys.json';
const persona = 'nothingToDiscuss';
const summaryTitle = en('summary', 'title');
/**
 * At each speed, three journeys hold each press with the mouse as a person does; a fourth releases
 * at once, as Playwright's click does and as every bench before decision record 0014 pressed; a
 * fifth touches each button with a finger held as long (0015).
 */
const journeyRuns: { run: number; style: PressStyle }[] = [
  { run: 1, style: 'held' },
  { run: 2, style: 'held' },
  { run: 3, style: 'held' },
  { run: 4, style: 'instant' },
  { run: 5, style: 'touch' },
];
const described: Record<PressStyle, string> = { held: 'presses held', instant: 'presses released at once', touch: 'buttons touched' };

/** Each h1 the journey meets, named by its page (step id), so the report names pages rather than questions. */
const pageNames = new Map<string, string>([
  [en('common', 'start.title'), 'start'],
  ...visibleSteps(answersOf(persona)).map((step): [string, string] => [expectedHeading(step, answersOf(persona)), step.id]),
  [en('common', 'checkAnswers.title'), 'check-answers'],
  [summaryTitle, 'summary'],
]);
const pageName = (heading: string) => pageNames.get(heading) ?? heading;

/** Each test adds its journey to the file: workers is 1, and a failing run keeps the others' results. */
function appendResult(result: object): void {
  const results: object[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
  writeFileSync(resultsFile, JSON.stringify([...results, result], null, 2));
}

/** A test whose page has touch when its buttons are touched. */
function testPressing(style: PressStyle, title: string, body: (args: { page: Page }) => Promise<void>): void {
  if (style !== 'touch') return test(title, body);
  test.describe(() => {
    test.use({ hasTouch: true });
    test(title, body);
  });
}

for (const cpuSlowdown of [1, 4]) {
  for (const { run, style } of journeyRuns) {
    testPressing(style, `journey at ${cpuSlowdown}x CPU, run ${run}, ${described[style]}`, async ({ page }) => {
      if (cpuSlowdown !== 1) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await page.addInitScript(installProbe);
      const fetched: string[] = [];
      page.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === origin) fetched.push(url.pathname);
      });

      const started = performance.now();
      await completeJourney(page, persona, 'pointer', 'en', { checkEachPage: false, readEachPage: true, pressStyle: style });
      const journeySeconds = (performance.now() - started) / 1000;
      // The driver has seen the summary's h1; the probe records the turn one paint later.
      await page.waitForFunction((title) => window.__pageTurns.some((turn) => turn.to === title), summaryTitle);
      const { turns, longTasks, tab } = await page.evaluate(() => ({ turns: window.__pageTurns, longTasks: window.__longTasks, tab: window.__probeTab }));

      appendResult({
        kind: 'journey',
        press: style,
        cpuSlowdown,
        run,
        journeySeconds,
        documents: tab.documents,
        turns: turns.map((turn) => ({ ...turn, fromPage: pageName(turn.from), toPage: pageName(turn.to) })),
        longTasks: longTasks.map(({ at, duration }) => ({
          start: at - tab.firstTimeOrigin,
          duration,
          during: tab.firstPressAt === null || at < tab.firstPressAt ? 'page load' : 'page turns',
        })),
        fetched,
      });
    });
  }
}

/**
 * The least a page turn can take here, whatever the app: a page whose Continue only puts a new h1
 * in place of the old one and focuses it, pressed as the journeys press theirs and timed by the same
 * probe. What it measures is the browser's own share: input, the wait for a frame and the paint.
 * Released at once, the press comes straight after the two frames Playwright's click watches the
 * button for, and waits for the display's next 60 Hz tick; held, it comes after a still moment, and
 * the browser begins its frame at once (decision record 0014); a touch's click reaches the page
 * only after the browser has recognised the tap (0015).
 */
const floorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body>
<main><h1 tabindex="-1">Page 0</h1><form><button type="submit">Continue</button></form></main>
<script>
let page = 0;
document.querySelector('form').addEventListener('submit', (event) => {
  event.preventDefault();
  page += 1;
  const heading = document.createElement('h1');
  heading.tabIndex = -1;
  heading.textContent = 'Page ' + page;
  document.querySelector('h1').replaceWith(heading);
  heading.focus();
});
</script></body></html>`;
const floorTurns = 36;

// Pressed every way the journeys are.
for (const cpuSlowdown of [1, 4]) {
  for (const style of ['held', 'instant', 'touch'] as const) {
    testPressing(style, `a page that only swaps its h1, at ${cpuSlowdown}x CPU, ${described[style]}`, async ({ page }) => {
      if (cpuSlowdown !== 1) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
      await page.addInitScript(installProbe);
      // Served by the test itself at the bench's own address: nothing is fetched from anywhere.
      await page.route(`${origin}/bench-floor.html`, (route) => route.fulfill({ contentType: 'text/html', body: floorPage }));
      await page.goto(`${origin}/bench-floor.html`);
      for (let turn = 1; turn <= floorTurns; turn++) {
        await press(page, 'Continue', 'pointer', style);
        await page.waitForFunction((count) => window.__pageTurns.length >= count, turn);
      }
      appendResult({ kind: 'floor', press: style, cpuSlowdown, turns: await page.evaluate(() => window.__pageTurns) });
    });
  }
}
