// The planner's service worker: offline after the first visit (issue 19).
// scripts/service-worker.mjs copies it to dist/sw.js with the build's list
// of the app's own files (FILES, paths inside the app's folder) and a
// version from their bytes (VERSION): a new build is a new sw.js, which the
// browser installs on the next visit online.
// - It keeps only those files, in one cache named for this version and
//   scope; it never stores answers, and never touches other origins, other
//   paths or anything but GET.
// - Online, every file comes from the network as if it were not here; the
//   copy is used only when the network fails.
// - A new version fetches its files, takes over, and deletes older copies.
// It is registered by src/loader.js from the planner's own page (never in
// a frame), so its scope is the planner's folder only.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const PREFIX = `kent-support-planner ${self.registration.scope} `;
const CACHE = PREFIX + VERSION;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'no-cache' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const scope = self.registration.scope;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  // The planner's address with any ?journey= or #answers is index.html.
  const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length) || 'index.html';
  if (!FILES.includes(path)) return;
  // The file by its own name (the query is the app's, read in the page),
  // which is what the security policy's connect-src names.
  event.respondWith(
    fetch(path).catch(() => caches.open(CACHE).then((cache) => cache.match(path)).then((copy) => copy || Response.error())),
  );
});
