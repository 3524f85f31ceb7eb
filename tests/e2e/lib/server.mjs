// The end-to-end tests' server: scripts/server.mjs (the one scripts/run
// serves with), over the repository's dist/ unless E2E_DIST_DIR names
// another build. The server lives with the scripts, so it imports no test code.

import { fileURLToPath } from 'node:url';
import { startServer as serve } from '../../../scripts/server.mjs';

/** The repository's dist/ folder, where scripts/build-dist puts the app (E2E_DIST_DIR overrides it). */
export const DIST_DIR = process.env.E2E_DIST_DIR ?? fileURLToPath(new URL('../../../dist/', import.meta.url));

/** scripts/server.mjs's startServer, serving DIST_DIR unless `root` says otherwise. */
export const startServer = (options = {}) => serve({ root: DIST_DIR, ...options });
