import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page as ShownPage } from '#src/machine/page.ts';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { stepSignalsCrisis, visibleSteps } from '#src/questionnaire/flow.ts';
import { answersOf, type PersonaName } from '#tests/fixtures/personas.ts';
import { gzipSizeOfPaths } from '#scripts/bundle-sizes.mjs';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import type { Step } from '#src/questionnaire/steps.ts';
import { unpaintedAfterMs } from '#src/ui/after-paint.ts';

const localeFiles = new Map<string, unknown>();

/** One locale file, read from disk once per test worker however often the journeys ask for text. */
function readLocale(language: string, namespace: string): unknown {
  const path = `${language}/${namespace}`;
  if (!localeFiles.has(path)) {
    localeFiles.set(path, JSON.parse(readFileSync(new URL(`../../locales/${path}.json`, import.meta.url), 'utf8')));
  }
  return localeFiles.get(path);
}

/** Text in a language by namespace and dotted key, read from locales/, so the journeys assert what people see. */
export function text(language: string, namespace: string, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], readLocale(language, namespace));
  if (typeof value !== 'string') throw new Error(`No ${language} text for ${namespace}:${key}`);
  return value;
}

/** English text by namespace and dotted key. */
export const en = (namespace: string, key: string) => text('en', namespace, key);

/** A point to discuss's title as the example clinic (public/clinic.json, minimum age 18) shows it. */
export const ruleTitle = (language: string, ruleId: string) => text(language, 'rules', `${ruleId}.title`).replace('{{minimumAge}}', '18');

const flatten = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as Record<string, unknown>).flatMap(flatten);

/** Every English string that a translation into `language` must not show (those it keeps identical are allowed). */
export function englishOnlyStrings(language: string): Set<string> {
  const namespaces = ['common', 'questionnaire', 'validation', 'rules', 'summary', 'safety'];
  const translated = new Set(namespaces.flatMap((namespace) => flatten(readLocale(language, namespace))));
  return new Set(namespaces.flatMap((namespace) => flatten(readLocale('en', namespace))).filter((value) => !translated.has(value) && /\p{L}{2}/u.test(value)));
}

/** The h1 a step shows: the question on single-question pages, the step title otherwise. */
export function expectedHeading(step: Step, answers: Answers, language = 'en'): string {
  const [first] = step.fields;
  if (step.fields.length === 1 && first) {
    const context = step.labelContext?.(answers);
    return text(language, 'questionnaire', `fields.${first}.${context ? `label_${context}` : 'label'}`);
  }
  return text(language, 'questionnaire', `steps.${step.id}.title`);
}

export interface PageChecks {
  consoleErrors: string[];
  foreignRequests: string[];
  /** Every path fetched from the app's own origin, in order. */
  fetched: string[];
}

/** Records console errors and every request that leaves the origin. */
export function watchPage(page: Page, origin: string): PageChecks {
  const checks: PageChecks = { consoleErrors: [], foreignRequests: [], fetched: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') checks.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => checks.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) checks.foreignRequests.push(url);
    else if (url.startsWith(origin)) checks.fetched.push(new URL(url).pathname);
  });
  return checks;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}

/** The widths every page is checked at: a desktop window, and 320 CSS px (a phone, or 1280 px zoomed to 400 %). */
const widths = [1280, 320] as const;

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => ({ target: node.target })) }));
  }, axeTags);
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * The accessibility checks every page gets, at 1280 and at 320 CSS px wide: axe-core (WCAG 2.2
 * AA and best practice, which includes 24 px targets) finds nothing; at 320 px the page does not
 * scroll sideways (WCAG 1.4.10 reflow); and focus is somewhere on the page, never dropped to
 * <body> (after a page change it is on the h1). A page the browser has just loaded is the
 * exception: like any web page it opens with nothing focused. axe is injected once per document
 * (the app is a single page), which keeps a 40-page journey quick.
 */
export async function expectAccessiblePage(page: Page, label: string, { justLoaded = false } = {}): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
  for (const width of widths) {
    await page.setViewportSize({ width, height: viewport.height });
    expect(await axeViolations(page), `axe on ${label} at ${width} px`).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${label} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(viewport);
  if (justLoaded) return;
  expect(await page.evaluate(() => document.activeElement?.tagName ?? 'none'), `focus on ${label}`).not.toMatch(/^(BODY|HTML|none)$/);
}

/** The words of these elements that are wider than the line they sit on, so that the browser breaks them inside. */
export function wordsBrokenInside(elements: Locator): Promise<string[]> {
  return elements.evaluateAll((all) =>
    all.flatMap((element) => {
      if (element.getClientRects().length === 0) return [];
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
      return (element.textContent ?? '').split(/\s+/).filter((word) => {
        const probe = document.createElement('span');
        probe.style.cssText = `font: ${style.font}; white-space: nowrap; position: absolute;`;
        probe.textContent = word;
        document.body.append(probe);
        const tooWide = probe.getBoundingClientRect().width > room + 0.5;
        probe.remove();
        return tooWide;
      });
    }),
  );
}

/** Whether the focused element shows a focus indicator: an outline, a box shadow or the yellow focus background. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing focused';
    const computed = getComputedStyle(focused);
    const outline = computed.outlineStyle !== 'none' && Number.parseFloat(computed.outlineWidth) >= 2 && computed.outlineColor !== 'rgba(0, 0, 0, 0)';
    const shadow = computed.boxShadow !== 'none';
    const highlighted = computed.backgroundColor === 'rgb(255, 221, 0)';
    return outline || shadow || highlighted ? 'visible' : `${focused.tagName}: outline ${computed.outlineStyle} ${computed.outlineWidth}, no shadow`;
  });
  expect(style, 'focus indicator').toBe('visible');
}

/** Moves focus with the Tab key until `selector` has focus, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 250; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
  }
  throw new Error(`Tab never reached ${selector}`);
}

type Mode = 'pointer' | 'keyboard';

async function chooseRadio(page: Page, name: string, value: string, mode: Mode): Promise<void> {
  const target = `input[name="${name}"][value="${value}"]`;
  if (mode === 'pointer') return page.locator(target).check();
  await tabTo(page, `input[name="${name}"]`);
  for (let presses = 0; presses < 10 && !(await page.locator(target).isChecked()); presses++) {
    await page.keyboard.press(presses === 0 ? 'Space' : 'ArrowDown');
  }
  await expect(page.locator(target)).toBeChecked();
}

async function tick(page: Page, name: string, value: string, mode: Mode): Promise<void> {
  const target = `input[name="${name}"][value="${value}"]`;
  if (mode === 'pointer') return page.locator(target).check();
  await tabTo(page, target);
  await page.keyboard.press('Space');
  await expect(page.locator(target)).toBeChecked();
}

async function type(page: Page, id: string, text: string, mode: Mode): Promise<void> {
  if (mode === 'pointer') return page.locator(`[id="${id}"]`).fill(text);
  await tabTo(page, `[id="${id}"]`);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function select(page: Page, id: string, value: string, mode: Mode): Promise<void> {
  const locator = page.locator(`[id="${id}"]`);
  if (mode === 'pointer') {
    await locator.selectOption(value);
    return;
  }
  await tabTo(page, `[id="${id}"]`);
  for (let presses = 0; presses < 60 && (await locator.inputValue()) !== value; presses++) await page.keyboard.press('ArrowDown');
  await expect(locator).toHaveValue(value);
}

async function fillTrials(page: Page, id: FieldId, trials: readonly TreatmentTrial[], mode: Mode): Promise<void> {
  for (const [index, trial] of trials.entries()) {
    if (index > 0) {
      if (mode === 'pointer') await page.locator(`#${id}-add`).click();
      else {
        await tabTo(page, `#${id}-add`);
        await page.keyboard.press('Enter');
      }
    }
    await select(page, `${id}-${index}-medicine`, trial.medicine, mode);
    if (trial.medicine === 'other' && 'otherName' in trial && trial.otherName) await type(page, `${id}-${index}-otherName`, trial.otherName, mode);
    await type(page, `${id}-${index}-weeks`, String(trial.weeks), mode);
    for (const part of ['takenAsPrescribed', 'effect', 'outcome'] as const) await chooseRadio(page, `${id}.${index}.${part}`, trial[part], mode);
  }
}

/** Answers one field the way a person would, with the mouse or with the keyboard only. */
export async function answerField(page: Page, id: FieldId, answers: Answers, mode: Mode): Promise<void> {
  const value = answers[id];
  const field = fields[id];
  switch (field.kind) {
    case 'choice':
      return chooseRadio(page, id, value as string, mode);
    case 'multiChoice':
      for (const choice of value as string[]) await tick(page, id, choice, mode);
      return;
    case 'integer':
      return type(page, id, String(value), mode);
    case 'text':
      if (value) await type(page, id, value as string, mode);
      return;
    case 'monthYear': {
      const { month, year } = value as { month: number; year: number };
      await type(page, `${id}-month`, String(month), mode);
      return type(page, `${id}-year`, String(year), mode);
    }
    case 'trialList':
      return fillTrials(page, id, value as TreatmentTrial[], mode);
  }
}

/**
 * How long a person holds the mouse button or finger down on a press: about a tenth of a second.
 * Playwright's own click watches the button for two animation frames and releases at once, so the
 * release comes while the browser is still drawing frames; after a still moment as long as a
 * person's press, Chromium begins the frame for what the press changed at once (decision record 0014).
 */
export const personsPressMs = () => 80 + Math.random() * 40;

/**
 * How the driver presses a page's main button with a pointer: released at once, as Playwright's
 * click does; held with the mouse as a person holds it; or touched with a finger held as long,
 * which needs a page with touch (`hasTouch`). The bench compares them (decision record 0015).
 */
export type PressStyle = 'instant' | 'held' | 'touch';

/** Presses the page's main button ("Continue", "Start now"…); a key press is not held. */
export async function press(page: Page, name: string, mode: Mode, style: PressStyle = 'instant'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (mode === 'pointer' && style === 'touch') return touch(page, button, personsPressMs());
  if (mode === 'pointer') return button.click({ delay: style === 'held' ? personsPressMs() : 0 });
  for (let presses = 0; presses < 250; presses++) {
    if (await button.evaluate((element) => element === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
    await expectVisibleFocus(page);
  }
  throw new Error(`Tab never reached the ${name} button`);
}

/** A finger on the middle of the element for `holdMs`, then lifted: Playwright's own tap lifts it at once. */
export async function touch(page: Page, element: Locator, holdMs: number): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (!box) throw new Error('Nothing to touch: the element is not shown');
  const cdp = await page.context().newCDPSession(page);
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  try {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await new Promise((resolve) => setTimeout(resolve, holdMs));
  } finally {
    // Lifted whatever happened, so that a failed touch leaves no finger down for the next one.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }
}

export const origin = process.env.JOURNEY_ORIGIN ?? 'http://127.0.0.1:4173';

/**
 * Keeps these answers in the tab, as the app saves them on the page `shown`, before its first page
 * loads: the app then opens as it would on a reload there. A later reload finds what the app saved.
 */
export async function keepAnswersInTab(page: Page, answers: Answers, shown: ShownPage): Promise<void> {
  const draft = { version: 2, draftId: 'test-draft', savedAt: new Date().toISOString(), answers, page: shown, ...(shown.kind === 'step' ? { stepId: shown.stepId } : {}) };
  await page.addInitScript((saved) => {
    if (sessionStorage.getItem('ketamine-prescreen.draft') === null) sessionStorage.setItem('ketamine-prescreen.draft', saved);
  }, JSON.stringify(draft));
}

/** Makes the tab's storage throw on any use, as a browser with storage disabled does. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    }
  });
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(text);
  // Focus moves to the new page's heading so screen readers announce it.
  await expect(heading).toBeFocused();
  // The page's history entry is added once it has been painted and the browser is idle (or 200 ms
  // have passed), or after a second unpainted: wait as long, so that back, forward and reload find it.
  await page.evaluate(
    (unpaintedMs) =>
      new Promise((resolve) => {
        requestAnimationFrame(() => setTimeout(() => requestIdleCallback(resolve, { timeout: 250 })));
        setTimeout(resolve, unpaintedMs + 100);
      }),
    unpaintedAfterMs,
  );
}

/**
 * Resolves once the browser has a whole idle period to spare (40 ms or more of the 50 ms it gives),
 * which it has only when nothing else is queued: the state of a page while a person reads it. Gives
 * up after a second, on a page that is never quiet.
 */
export async function untilQuiet(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const giveUpAt = performance.now() + 1000;
        const wait = () =>
          requestIdleCallback((deadline) => (deadline.timeRemaining() >= 40 || performance.now() > giveUpAt ? resolve() : wait()), { timeout: 250 });
        wait();
      }),
  );
}

/** Fails if any visible text node is exactly an English string that the language translates. */
async function expectNoEnglish(page: Page, forbidden: Set<string> | undefined, label: string): Promise<void> {
  if (!forbidden) return;
  const visible = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.textContent?.trim();
      const parent = node.parentElement;
      if (value && parent && parent.checkVisibility()) found.push(value);
    }
    return found;
  });
  expect(visible.filter((value) => forbidden.has(value)), `English text on ${label}`).toEqual([]);
}

/** Walks a persona from the start page to the summary, checking every page on the way. */
export async function completeJourney(
  page: Page,
  persona: PersonaName,
  mode: Mode,
  language = 'en',
  {
    checkEachPage = true,
    readEachPage = false,
    pressStyle = 'instant',
    watched,
  }: {
    checkEachPage?: boolean;
    /**
     * Wait on each page until the browser is quiet, as it is while a person reads the page, and
     * again between answering and pressing Continue; on the start page, until it has fetched
     * what it fetches ahead, too.
     */
    readEachPage?: boolean;
    /** How each press on the page's main button is made with a pointer. */
    pressStyle?: PressStyle;
    watched?: (checks: PageChecks) => void;
  } = {},
): Promise<Answers> {
  const answers = answersOf(persona);
  // Journeys about something else (storage, history) skip the accessibility checks the others make.
  const expectNoAxeViolations = checkEachPage ? expectAccessiblePage : async () => undefined;
  const t = (namespace: string, key: string) => text(language, namespace, key);
  const forbidden = language === 'en' ? undefined : englishOnlyStrings(language);
  const pressButton = (name: string) => press(page, name, mode, pressStyle);
  const arriveAt = async (heading: string) => {
    await expectHeading(page, heading);
    if (readEachPage) await untilQuiet(page);
  };
  const checks = watchPage(page, origin);
  watched?.(checks);
  await page.goto(language === 'en' ? '/' : `/?lng=${language}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('common', 'start.title'));
  await expectNoAxeViolations(page, 'start page', { justLoaded: true });
  await expectNoEnglish(page, forbidden, 'start page');
  // A person reads the start page first, while it fetches the questionnaire's code for later.
  if (readEachPage) {
    await page.waitForLoadState('networkidle');
    await untilQuiet(page);
  }
  await pressButton(t('common', 'start.startNow'));

  for (const step of visibleSteps(answers)) {
    await arriveAt(expectedHeading(step, answers, language));
    await expect(page).toHaveTitle(`${expectedHeading(step, answers, language)} – ${t('common', 'appName')}`);
    await expectNoAxeViolations(page, step.id);
    await expectNoEnglish(page, forbidden, step.id);
    for (const id of step.fields) await answerField(page, id, answers, mode);
    if (readEachPage) await untilQuiet(page);
    await pressButton(t('common', 'continue'));
    if (stepSignalsCrisis(step, answers)) {
      await arriveAt(t('safety', 'title'));
      await expect(page.locator('a[href="tel:911"]')).toBeVisible();
      // Right-to-left text wraps the number in direction isolates (U+2066-U+2069), which are not read out.
      const callText = await page.locator('a[href="tel:988"]').textContent();
      expect(callText?.replace(/[\u2066-\u2069]/g, '')).toBe(t('safety', 'callNumber').replace('{{number}}', '988'));
      await expectNoAxeViolations(page, `crisis page after ${step.id}`);
      await expectNoEnglish(page, forbidden, `crisis page after ${step.id}`);
      await pressButton(t('safety', 'continue'));
    }
  }

  await arriveAt(t('common', 'checkAnswers.title'));
  await expectNoAxeViolations(page, 'check answers');
  await expectNoEnglish(page, forbidden, 'check answers');
  await pressButton(t('common', 'checkAnswers.confirm'));
  await arriveAt(t('summary', 'title'));
  await expect(page.getByText(t('summary', 'disclaimer'))).toBeVisible();
  await expectNoAxeViolations(page, 'summary');
  await expectNoEnglish(page, forbidden, 'summary');
  expect(checks.consoleErrors, 'console errors').toEqual([]);
  expect(checks.foreignRequests, 'requests leaving the origin').toEqual([]);
  return answers;
}

/** Where poppler's pdftotext is; `PDFTOTEXT` overrides. The journeys fail without it, as without a browser. */
const pdftotext = process.env.PDFTOTEXT ?? '/usr/bin/pdftotext';

/** Prints the page to PDF on a paper size, as "Save as PDF" would: its page count and its text, in reading order. */
export async function printToPdf(page: Page, format: 'A4' | 'Letter'): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, preferCSSPageSize: false });
  await page.emulateMedia({ media: 'screen' });
  expect(existsSync(pdftotext), `poppler's pdftotext at ${pdftotext} (apt-get install poppler-utils, or set PDFTOTEXT)`).toBe(true);
  const folder = mkdtempSync(join(tmpdir(), 'summary-pdf-'));
  try {
    writeFileSync(join(folder, 'summary.pdf'), pdf);
    const text = execFileSync(pdftotext, ['-enc', 'UTF-8', join(folder, 'summary.pdf'), '-'], { encoding: 'utf8' });
    // pdftotext ends every page with a form feed.
    return { pages: text.split('\f').length - 1, text };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Prints the page to PDF on a paper size and counts the pages. */
export async function printedPages(page: Page, format: 'A4' | 'Letter'): Promise<number> {
  return (await printToPdf(page, format)).pages;
}

/** The running header and page numbers the summary puts in the printed page margins. */
export async function printMargins(page: Page): Promise<string> {
  return page.evaluate(() =>
    document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
  );
}

/** Whole journey, everything fetched from the start page to the printed summary: the budget (issue #6). */
export const wholeJourneyBudgetBytes = 170 * 1024;

/** The gzip size of what a journey fetched, read from the built files a static host would compress. */
export function gzipSizeOf(paths: readonly string[]): number {
  return gzipSizeOfPaths('dist', paths).bytes;
}
