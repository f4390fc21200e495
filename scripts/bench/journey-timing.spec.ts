// The whole questionnaire, walked by the end-to-end journey driver while a probe in the page times
// each page turn and records long tasks. Run by scripts/bench.mjs, which serves the build and
// reads the results from BENCH_JOURNEY_RESULTS.
import { test } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { visibleSteps } from '#src/questionnaire/flow.ts';
import { completeJourney, en, expectedHeading, origin } from '#tests/e2e/journey-driver.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { installProbe } from './page-turn-probe.ts';

const resultsFile = process.env.BENCH_JOURNEY_RESULTS ?? '.bench/journeys.json';
const persona = 'nothingToDiscuss';
const summaryTitle = en('summary', 'title');

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

for (const cpuSlowdown of [1, 4]) {
  for (const run of [1, 2, 3]) {
    test(`journey at ${cpuSlowdown}x CPU, run ${run}`, async ({ page }) => {
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
      await completeJourney(page, persona, 'pointer', 'en', { checkEachPage: false });
      const journeySeconds = (performance.now() - started) / 1000;
      // The driver has seen the summary's h1; the probe records the turn one paint later.
      await page.waitForFunction((title) => window.__pageTurns.some((turn) => turn.to === title), summaryTitle);
      const { turns, longTasks, tab } = await page.evaluate(() => ({ turns: window.__pageTurns, longTasks: window.__longTasks, tab: window.__probeTab }));

      appendResult({
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
