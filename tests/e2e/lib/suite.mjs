// One test server (over dist/) and one Chromium for a `describe` block:
// started before its tests, closed after them (at a file's top level: for
// the whole file). Each spec reads them as
// `env.server` and `env.browser`.

import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/**
 * @param {Parameters<typeof startServer>[0]} [serverOptions]
 * @param {{ timeout?: number }} [hookOptions] for node:test's before/after
 */
export function serverAndBrowser(serverOptions, hookOptions) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launchBrowser();
  }, hookOptions);
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  }, hookOptions);
  return env;
}
