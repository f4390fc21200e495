// `npm run bench`: builds the app into .bench/dist, serves it on port 4180, and measures what people
// wait for: bytes (first load, lazy chunks, a whole journey), page turns and long tasks while the
// journey driver walks the questionnaire at normal and 4× slower CPU, and Lighthouse on mobile
// and desktop. Prints a report and writes .bench/results.json and .bench/results.md. It is a
// measurement, not a test: missed targets still exit 0; only something broken exits non-zero.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { firstLoad, gzipSizeOfPaths, lazyChunks } from './bundle-sizes.mjs';

const benchDir = '.bench';
const dist = join(benchDir, 'dist');
const port = 4180;
const origin = `http://127.0.0.1:${port}`;
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const lighthouseDir = 'scripts/bench/lighthouse';
const lighthouseBin = join(lighthouseDir, 'node_modules/.bin/lighthouse');
// Lighthouse's own advice: the median of 5 runs halves the spread of a single run (its docs/variability.md).
const lighthouseRuns = 5;
const treatmentsPage = 'antidepressant-trials';
const browserFlags = ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const targets = {
  firstLoadBytes: 115 * 1024,
  wholeJourneyBytes: 170 * 1024,
  lighthouseScore: 100,
  lcpMs: 1000,
  tbtMs: 30,
  cls: 0,
  pageTurnMedianMs: { 1: 12, 4: 40 },
  longTaskMs: 50,
};

const startedAt = Date.now();
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;
const phase = (name) => console.log(`\n== ${name} (${elapsed()} in)`);

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value === undefined ? 'n/a' : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const seconds = (milliseconds) => `${(milliseconds / 1000).toFixed(2)} s`;

function median(values) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest rank: the smallest value at least `share` of the values do not exceed. */
function percentile(values, share) {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

/** Runs a command with its output shown; a non-zero exit is something broken. */
function run(command, args, { cwd, env } = {}) {
  console.log(`$ ${[command, ...args].join(' ')}`);
  const { status, error } = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${error?.message ?? `exit ${status}`})`);
}

function build() {
  run('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir']);
  run('node', ['scripts/prerender.mjs', dist]);
}

// ---------------------------------------------------------------------------------------------
// The preview server: its own process group, so stopping it also stops the node process npx starts.

async function answers(url) {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

async function startPreview() {
  // strictPort would refuse a busy port, but only after someone else's server had answered the wait below.
  if (await answers(`${origin}/`)) throw new Error(`something already answers on ${origin}; stop it and run again`);
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (!(await answers(`${origin}/`))) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      stopPreview(server);
      throw new Error(`vite preview did not answer on ${origin} within 30 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  console.log(`serving ${dist} on ${origin}/`);
  return server;
}

function stopPreview(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // The group has already gone.
  }
}

// ---------------------------------------------------------------------------------------------
// Sizes

function measureSizes() {
  const first = firstLoad(dist);
  return { firstLoad: first, lazyChunks: lazyChunks(dist) };
}

// ---------------------------------------------------------------------------------------------
// Journeys: scripts/bench/journey-timing.spec.ts appends one record per journey to a JSON file.

function runJourneys() {
  const resultsFile = resolve(benchDir, 'journeys.json');
  rmSync(resultsFile, { force: true });
  run('npx', ['playwright', 'test', '-c', 'scripts/bench/playwright.bench.config.ts'], {
    env: { BENCH_JOURNEY_RESULTS: resultsFile, JOURNEY_ORIGIN: origin },
  });
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
}

/** The records of the questionnaire's journeys (not the floor page's) at one CPU speed, pressed one way. */
const journeysAt = (records, cpuSlowdown, press) =>
  records.filter((record) => record.kind === 'journey' && record.cpuSlowdown === cpuSlowdown && record.press === press);

/** How a summary's presses were made, for its rows in the report. */
const pressOf = (speed) => ({ held: 'held', instant: 'released at once', touch: 'touched, held' })[speed.press];

/** How the journeys press, in the order the report lists them: the targets are judged on held presses (0015). */
const pressStyles = ['held', 'instant', 'touch'];

/** Each part of a turn (page-turn-probe.ts), its own median over the turns that have parts. */
function phaseMedians(turns) {
  const split = turns.filter((turn) => turn.phases);
  const of = (part) => median(split.map((turn) => turn.phases[part]));
  return { count: split.length, scriptMs: of('scriptMs'), frameWaitMs: of('frameWaitMs'), frameMs: of('frameMs') };
}

/** Page turns and long tasks of the journeys at one CPU speed pressed one way, pooled, beside the floor page pressed the same way. */
function summariseSpeed(records, cpuSlowdown, press) {
  const runs = journeysAt(records, cpuSlowdown, press);
  const floorTurns = records.find((record) => record.kind === 'floor' && record.cpuSlowdown === cpuSlowdown && record.press === press)?.turns ?? [];
  const floor = floorTurns.map((turn) => turn.ms);
  const all = runs.flatMap((journey) => journey.turns.map((turn) => ({ ...turn, run: journey.run })));
  // A turn that loaded a new document also waited for the whole page to load: it is reported apart.
  const turns = all.filter((turn) => !turn.navigated);
  const times = turns.map((turn) => turn.ms);
  const onto = (page) => turns.filter((turn) => turn.toPage === page);
  const longTasks = runs.flatMap((journey) => journey.longTasks.map((task) => ({ ...task, run: journey.run })));
  const longest = (tasks) => tasks.reduce((max, task) => Math.max(max, task.duration), 0);
  const during = (when) => longTasks.filter((task) => task.during === when);
  return {
    cpuSlowdown,
    press,
    runs: runs.length,
    journeySeconds: runs.map((journey) => journey.journeySeconds),
    documentsPerJourney: runs.map((journey) => journey.documents),
    pageTurns: {
      count: times.length,
      medianMs: median(times),
      p90Ms: percentile(times, 0.9),
      maxMs: Math.max(...times),
      // The journeys differ more from one another than the turns within one do; the spread shows it.
      medianPerJourneyMs: runs.map((journey) => median(journey.turns.filter((turn) => !turn.navigated).map((turn) => turn.ms))),
      slowest: [...turns].sort((a, b) => b.ms - a.ms).slice(0, 5).map(({ fromPage, toPage, ms: time, run: index }) => ({ fromPage, toPage, ms: time, run: index })),
      navigatedDocument: all.filter((turn) => turn.navigated).map(({ fromPage, toPage, ms: time, run: index }) => ({ fromPage, toPage, ms: time, run: index })),
    },
    treatmentsList: {
      heading: onto(treatmentsPage)[0]?.to,
      ms: onto(treatmentsPage).map((turn) => turn.ms),
      medianMs: median(onto(treatmentsPage).map((turn) => turn.ms)),
    },
    startNow: { ms: all.filter((turn) => turn.fromPage === 'start').map((turn) => turn.ms) },
    floor: { count: floor.length, medianMs: median(floor), p90Ms: percentile(floor, 0.9), minMs: floor.length ? Math.min(...floor) : undefined },
    phases: { journeys: phaseMedians(turns), floor: phaseMedians(floorTurns) },
    longTasks: {
      count: longTasks.length,
      perJourney: runs.map((journey) => journey.longTasks.length),
      longestMs: longest(longTasks),
      duringPageLoad: { count: during('page load').length, longestMs: longest(during('page load')) },
      duringPageTurns: { count: during('page turns').length, longestMs: longest(during('page turns')) },
    },
  };
}

function wholeJourneySize(journeys) {
  const [first, ...others] = pressStyles.flatMap((press) => journeysAt(journeys, 1, press));
  const size = gzipSizeOfPaths(dist, first.fetched);
  const key = (journey) => [...new Set(journey.fetched)].sort().join(' ');
  return { ...size, sameInEveryRun: others.every((journey) => key(journey) === key(first)) };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

function ensureLighthouse() {
  if (existsSync(lighthouseBin)) return;
  // npm ci fails in that folder (a dependency of Lighthouse resolves third-party-web@latest).
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: lighthouseDir });
}

function runLighthouse(preset) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const report = join(scratch, 'report.json');
  try {
    const flags = ['--headless', '--no-sandbox', ...browserFlags, `--user-data-dir=${join(scratch, 'profile')}`];
    const args = [
      `${origin}/`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
      `--chrome-flags=${flags.join(' ')}`,
    ];
    run(lighthouseBin, args, { env: { CHROME_PATH: chrome } });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`Lighthouse ${preset}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Now and then Chromium drops a trace event Lighthouse needs (NO_NAVSTART, NO_FCP), most often on a
 * busy machine. Such a run measured nothing, so it is tried again, and the failure is reported.
 */
function runLighthouseRetrying(preset, failures, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return runLighthouse(preset);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(message);
      if (attempt === attempts) throw error;
      console.log(`${message}; trying again (${attempt} of ${attempts - 1} retries)`);
    }
  }
}

const score = (lhr, category) => Math.round(lhr.categories[category].score * 100);
const metric = (lhr, audit) => lhr.audits[audit].numericValue;

function lighthouseFigures(lhr) {
  return {
    performance: score(lhr, 'performance'),
    accessibility: score(lhr, 'accessibility'),
    bestPractices: score(lhr, 'best-practices'),
    fcpMs: metric(lhr, 'first-contentful-paint'),
    lcpMs: metric(lhr, 'largest-contentful-paint'),
    tbtMs: metric(lhr, 'total-blocking-time'),
    cls: metric(lhr, 'cumulative-layout-shift'),
    speedIndexMs: metric(lhr, 'speed-index'),
    // The figures above are simulated (slow network and CPU); these are what the unthrottled load showed.
    observedFcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint,
    observedLcpMs: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint,
  };
}

/** The LCP element as Lighthouse reports it: the first node in the audit's details. */
function lcpElement(lhr) {
  const tables = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = tables.flatMap((table) => table.items ?? []).find((item) => item.node)?.node;
  const phases = tables.flatMap((table) => table.items ?? []).filter((item) => item.phase);
  return node ? { selector: node.selector, snippet: node.snippet, nodeLabel: node.nodeLabel, phases } : null;
}

const topLongTasks = (lhr) =>
  (lhr.audits['long-tasks']?.details?.items ?? []).slice(0, 6).map(({ url, startTime, duration }) => ({ url, startTime, duration }));

async function measureLighthouse() {
  ensureLighthouse();
  // Lighthouse's own choice of median run: the one closest to the median FCP and time to interactive.
  const { computeMedianRun } = await import(pathToFileURL(resolve(lighthouseDir, 'node_modules/lighthouse/core/lib/median-run.js')).href);
  const results = {};
  for (const preset of ['mobile', 'desktop']) {
    const runs = [];
    const failures = [];
    for (let index = 1; index <= lighthouseRuns; index++) {
      console.log(`Lighthouse ${preset}, run ${index} of ${lighthouseRuns}`);
      runs.push(runLighthouseRetrying(preset, failures));
    }
    const medianRun = computeMedianRun(runs);
    results[preset] = {
      medianRun: runs.indexOf(medianRun) + 1,
      median: lighthouseFigures(medianRun),
      runs: runs.map(lighthouseFigures),
      lcpElement: lcpElement(medianRun),
      longTasks: topLongTasks(medianRun),
      benchmarkIndex: medianRun.environment?.benchmarkIndex,
      warnings: medianRun.runWarnings ?? [],
      failedAttempts: failures,
    };
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// The report

function machine() {
  let chromium = 'unknown';
  try {
    // Debian's wrapper script complains on stderr; the version is on stdout.
    chromium = execFileSync(chrome, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown; the journeys fail on their own if the browser is missing.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
    node: process.version,
    chromium,
  };
}

function targetRows({ sizes, speeds, lighthouse }) {
  const mobile = lighthouse.mobile.median;
  const rows = [
    ['First load (gzip)', sizes.firstLoad.bytes, kib, `≤ ${kib(targets.firstLoadBytes)}`, (value) => value <= targets.firstLoadBytes],
    ['Whole journey (gzip)', sizes.wholeJourney.bytes, kib, `≤ ${kib(targets.wholeJourneyBytes)}`, (value) => value <= targets.wholeJourneyBytes],
    ['Lighthouse mobile performance', mobile.performance, String, '100', (value) => value >= targets.lighthouseScore],
    ['Lighthouse mobile accessibility', mobile.accessibility, String, '100', (value) => value >= targets.lighthouseScore],
    ['Lighthouse mobile best practices', mobile.bestPractices, String, '100', (value) => value >= targets.lighthouseScore],
    ['Lighthouse mobile LCP', mobile.lcpMs, seconds, `≤ ${seconds(targets.lcpMs)}`, (value) => value <= targets.lcpMs],
    ['Lighthouse mobile TBT', mobile.tbtMs, ms, `≤ ${ms(targets.tbtMs)}`, (value) => value <= targets.tbtMs],
    ['Lighthouse mobile CLS', mobile.cls, (value) => value.toFixed(3), '0', (value) => value <= targets.cls],
  ];
  // Presses released at once, and touches, are shown against the same limits but not judged (decision record 0015).
  const comparisons = [];
  for (const speed of speeds) {
    const limit = targets.pageTurnMedianMs[speed.cpuSlowdown];
    const within = (value) => value !== undefined && value <= limit;
    const pressed = `presses ${pressOf(speed)}`;
    const into = speed.press === 'held' ? rows : comparisons;
    into.push([`Page turn median, CPU ${speed.cpuSlowdown}×, ${pressed}`, speed.pageTurns.medianMs, ms, `≤ ${ms(limit)}`, within]);
    into.push([`Turn onto the treatments list, CPU ${speed.cpuSlowdown}×, ${pressed} (median)`, speed.treatmentsList.medianMs, ms, `≤ ${ms(limit)}`, within]);
  }
  const normalSpeeds = speeds.filter((speed) => speed.cpuSlowdown === 1);
  const normal = {
    count: normalSpeeds.reduce((sum, speed) => sum + speed.longTasks.count, 0),
    longestMs: Math.max(...normalSpeeds.map((speed) => speed.longTasks.longestMs)),
  };
  rows.push([
    'Long tasks in a journey, CPU 1× (page load included)',
    normal.count,
    (count) => `${count} in ${normalSpeeds.reduce((sum, speed) => sum + speed.runs, 0)} journeys, longest ${ms(normal.longestMs)}`,
    `none over ${ms(targets.longTaskMs)}`,
    (count) => count === 0,
  ]);
  const asRow =
    (judged) =>
    ([measure, value, format, target, met]) => ({ measure, value, display: format(value), target, met: met(value), judged });
  return [...rows.map(asRow(true)), ...comparisons.map(asRow(false))];
}

const verdict = (row) => (row.judged ? (row.met ? 'met' : 'MISSED') : row.met ? 'within (not a target)' : 'over (not a target)');

function retriedNote(lighthouse) {
  const failed = Object.entries(lighthouse).flatMap(([preset, { failedAttempts }]) => failedAttempts.map((message) => `${preset}: ${message}`));
  return failed.length ? `; ${failed.length} failed and retried: ${failed.join('; ')}` : '';
}

/** The report as titled tables, rendered to the terminal and to Markdown from the same rows. */
function reportSections(results) {
  const { sizes, speeds, lighthouse } = results;
  const sections = [];
  sections.push({ title: 'Targets', headers: ['measure', 'value', 'target', ''], rows: results.targets.map((row) => [row.measure, row.display, row.target, verdict(row)]) });
  sections.push({ title: `First load: ${kib(sizes.firstLoad.bytes)} gzip`, headers: ['file', 'gzip'], rows: sizes.firstLoad.files.map(({ file, bytes }) => [file, kib(bytes)]) });
  sections.push({
    title: `Whole journey: ${kib(sizes.wholeJourney.bytes)} gzip in ${sizes.wholeJourney.files} files${sizes.wholeJourney.sameInEveryRun ? '' : ' (the 1× runs fetched different files; run 1 counted)'}${sizes.wholeJourney.missing.length ? `; not in the build: ${sizes.wholeJourney.missing.join(', ')}` : ''}`,
    headers: [],
    rows: [],
  });
  sections.push({ title: `Lazy chunks (${sizes.lazyChunks.length} files not in the first load)`, headers: ['file', 'gzip'], rows: sizes.lazyChunks.map(({ file, bytes }) => [file, kib(bytes)]) });
  sections.push({
    title: 'Page turns (click to the next page’s h1 painted), all turns of the journeys at each speed: 3 with each press held 80–120 ms after a still pointer, as a person presses; 1 with each released at once, as Playwright clicks (decision record 0014); 1 with each button touched by a finger held as long (0015)',
    headers: ['CPU', 'press', 'turns', 'median', '90th pct', 'max', 'treatments list', 'Start now', 'journey time'],
    rows: speeds.map((speed) => [
      `${speed.cpuSlowdown}×`,
      pressOf(speed),
      String(speed.pageTurns.count),
      ms(speed.pageTurns.medianMs),
      ms(speed.pageTurns.p90Ms),
      ms(speed.pageTurns.maxMs),
      speed.treatmentsList.ms.map(ms).join(', ') || 'not seen',
      speed.startNow.ms.map(ms).join(', '),
      speed.journeySeconds.map((value) => `${value.toFixed(1)} s`).join(', '),
    ]),
  });
  sections.push({
    title: 'What the browser takes anyway: the same presses and probe on a page whose Continue only swaps its h1 and focuses it (input, the wait for a frame, the paint), beside each journey’s own median',
    headers: ['CPU', 'press', 'floor turns', 'floor median', 'floor 90th pct', 'floor min', 'journey medians'],
    rows: speeds.map((speed) => [
      `${speed.cpuSlowdown}×`,
      pressOf(speed),
      String(speed.floor.count),
      ms(speed.floor.medianMs),
      ms(speed.floor.p90Ms),
      ms(speed.floor.minMs),
      speed.pageTurns.medianPerJourneyMs.map(ms).join(', '),
    ]),
  });
  sections.push({
    title: 'Where a turn’s time goes: the input and the script it ran, the wait for the frame, and that frame until painted (each part’s own median, over the turns whose page changed before the next frame). A held press usually has its frame begun at once; a press released at once waits for the display’s next tick; a touch’s input includes the browser recognising the tap, and its frame waits for the tick too',
    headers: ['CPU', 'press', 'page', 'turns', 'input and script', 'wait for the frame', 'frame'],
    rows: speeds.flatMap((speed) =>
      [['questionnaire', speed.phases.journeys], ['floor page', speed.phases.floor]].map(([page, parts]) => [
        `${speed.cpuSlowdown}×`,
        pressOf(speed),
        page,
        String(parts.count),
        ms(parts.scriptMs),
        ms(parts.frameWaitMs),
        ms(parts.frameMs),
      ]),
    ),
  });
  sections.push({
    title: 'Slowest page turns',
    headers: ['CPU', 'press', 'from', 'to', 'time', 'run'],
    rows: speeds.flatMap((speed) => speed.pageTurns.slowest.map((turn) => [`${speed.cpuSlowdown}×`, pressOf(speed), turn.fromPage, turn.toPage, ms(turn.ms), String(turn.run)])),
  });
  const navigated = speeds.flatMap((speed) => speed.pageTurns.navigatedDocument.map((turn) => [`${speed.cpuSlowdown}×`, pressOf(speed), turn.fromPage, turn.toPage, ms(turn.ms), String(turn.run)]));
  sections.push(
    navigated.length
      ? { title: 'Page turns that loaded a new document (not in the figures above)', headers: ['CPU', 'press', 'from', 'to', 'time', 'run'], rows: navigated }
      : { title: `Every page turn stayed in the same document (documents per journey: ${speeds.flatMap((speed) => speed.documentsPerJourney).join(', ')})`, headers: [], rows: [] },
  );
  sections.push({
    title: 'Long tasks (over 50 ms) in the journeys',
    headers: ['CPU', 'press', 'count', 'per journey', 'longest', 'during page load', 'during page turns'],
    rows: speeds.map((speed) => [
      `${speed.cpuSlowdown}×`,
      pressOf(speed),
      String(speed.longTasks.count),
      speed.longTasks.perJourney.join(', '),
      ms(speed.longTasks.longestMs),
      `${speed.longTasks.duringPageLoad.count}, longest ${ms(speed.longTasks.duringPageLoad.longestMs)}`,
      `${speed.longTasks.duringPageTurns.count}, longest ${ms(speed.longTasks.duringPageTurns.longestMs)}`,
    ]),
  });
  sections.push({
    title: `Lighthouse, median of ${lighthouseRuns} runs (Lighthouse's median run: closest to the median FCP and TTI)${retriedNote(lighthouse)}`,
    headers: ['preset', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index', 'performance per run'],
    rows: Object.entries(lighthouse).map(([preset, { median: figures, runs }]) => [
      preset,
      String(figures.performance),
      String(figures.accessibility),
      String(figures.bestPractices),
      seconds(figures.fcpMs),
      seconds(figures.lcpMs),
      ms(figures.tbtMs),
      figures.cls.toFixed(3),
      seconds(figures.speedIndexMs),
      runs.map((figuresOfRun) => figuresOfRun.performance).join(', '),
    ]),
  });
  const element = lighthouse.mobile.lcpElement;
  const { observedFcpMs, observedLcpMs } = lighthouse.mobile.median;
  sections.push({
    title: `LCP element, median mobile run: ${element ? `${element.selector} ${element.snippet} “${element.nodeLabel}”` : 'not reported'} (observed before simulation: FCP ${ms(observedFcpMs)}, LCP ${ms(observedLcpMs)})`,
    headers: element?.phases.length ? ['LCP phase', 'time'] : [],
    rows: element?.phases.map((item) => [item.phase, ms(item.timing)]) ?? [],
  });
  sections.push({
    title: 'Longest tasks, median mobile run (Lighthouse, simulated slow CPU)',
    headers: ['script', 'start', 'duration'],
    rows: lighthouse.mobile.longTasks.map((task) => [task.url.replace(origin, ''), ms(task.startTime), ms(task.duration)]),
  });
  return sections;
}

function heading(results) {
  const { machine: host, date, durationSeconds } = results;
  return [
    `Bench of ${date}: ${host.cpu}, ${host.cores} cores (load average ${host.loadAverageAtStart.join(' ')} at start), Node ${host.node}, ${host.chromium}; took ${(durationSeconds / 60).toFixed(1)} min.`,
    'Timings are noisy when something else uses the CPU.',
  ];
}

function asText(results, sections) {
  const lines = heading(results);
  for (const { title, headers, rows } of sections) {
    lines.push('', title);
    if (!headers.length) continue;
    const table = [headers, ...rows];
    const widths = headers.map((_, column) => Math.max(...table.map((row) => String(row[column] ?? '').length)));
    for (const row of table) lines.push(`  ${row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd()}`);
  }
  return lines.join('\n');
}

function asMarkdown(results, sections) {
  const cell = (value) => String(value).replaceAll('|', '\\|');
  const lines = ['# Bench results', '', ...heading(results)];
  for (const { title, headers, rows } of sections) {
    lines.push('', `## ${title}`);
    if (!headers.length) continue;
    lines.push('', `| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`);
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const host = machine();
  mkdirSync(benchDir, { recursive: true });
  phase('building into .bench/dist');
  build();
  phase('sizes');
  const sizes = measureSizes();
  let server;
  const stopOnSignal = (signal) => {
    stopPreview(server);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('SIGINT', stopOnSignal);
  process.on('SIGTERM', stopOnSignal);
  let journeys, lighthouse;
  try {
    phase('serving');
    server = await startPreview();
    phase('journeys: 5 at normal speed, 5 with the CPU slowed 4× (3 held, 1 released at once, 1 touched: 0014, 0015); then the floor page at each speed, pressed each way');
    journeys = runJourneys();
    phase(`Lighthouse: ${lighthouseRuns} mobile, ${lighthouseRuns} desktop`);
    lighthouse = await measureLighthouse();
  } finally {
    stopPreview(server);
  }
  sizes.wholeJourney = wholeJourneySize(journeys);
  const speeds = [1, 4].flatMap((speed) => pressStyles.map((press) => summariseSpeed(journeys, speed, press)));
  const results = {
    date: new Date().toISOString(),
    machine: { ...host, lighthouseBenchmarkIndex: lighthouse.mobile.benchmarkIndex },
    durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    targets: [],
    sizes,
    speeds,
    lighthouse,
    journeys,
  };
  results.targets = targetRows(results);
  const sections = reportSections(results);
  writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(benchDir, 'results.md'), asMarkdown(results, sections));
  console.log(`\n${asText(results, sections)}`);
  console.log(`\nWritten: ${join(benchDir, 'results.json')}, ${join(benchDir, 'results.md')}`);
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.stack ?? error}`);
  process.exit(1);
});
