import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '#tests/e2e/chromium.ts';

/**
 * The bench's journeys (npm run bench), one at a time so they do not slow each other. No
 * webServer: scripts/bench.mjs serves .bench/dist on port 4180 and stops it afterwards.
 */
export default defineConfig({
  testDir: '.',
  testMatch: 'journey-timing.spec.ts',
  outputDir: '../../.bench/test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 240_000,
  reporter: 'list',
  use: {
    // The address the driver's journeys and checks use too (JOURNEY_ORIGIN, set by scripts/bench.mjs).
    baseURL: process.env.JOURNEY_ORIGIN ?? 'http://127.0.0.1:4180',
    trace: 'off',
    launchOptions: chromiumLaunchOptions,
  },
});
