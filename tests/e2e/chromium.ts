import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's Chromium (no browser download is possible here); CHROME_PATH overrides the path. A
 * missing browser fails the run rather than skipping it. Nothing it starts talks to the network.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
