#!/usr/bin/env node
// Serves a built dist/ on 127.0.0.1 the way the council's server should:
// with the security headers scripts/headers.mjs wrote (dist/headers.json)
// and brotli compression. scripts/run uses it after scripts/build-dist.
//
//   node scripts/serve.mjs [DIST] [PORT]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './server.mjs';

const [dist = 'dist', port = '8080'] = process.argv.slice(2);
const headers = JSON.parse(readFileSync(join(dist, 'headers.json'), 'utf8'));
const server = await startServer({ root: dist, headers, brotli: true, port: Number(port) });
console.log(`serving ${dist} at ${server.url} (the planner) and ${server.url}staff.html (staff pages); Ctrl+C to stop`);
