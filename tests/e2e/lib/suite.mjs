// One test server (over dist/) and one Chromium for a `describe` block:
// started before its tests, closed after them. Each spec reads them as
// `env.server` and `env.browser`.

import { after, before } from 'node:test';
import { launchBrowser } from './browser.mjs';
import { startServer } from './server.mjs';

/** @param {Parameters<typeof startServer>[0]} [serverOptions] */
export function serverAndBrowser(serverOptions) {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await startServer(serverOptions);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
