// Trunk's custom initializer (index.html: data-initializer on the rust link).
// Trunk's inline loader imports this module and calls the hooks below around
// loading the wasm. When the app cannot start (the wasm fails to load or to
// compile, WebAssembly is missing or blocked, or the app fails while
// starting) the person sees the fallback from <template id="app-fallback">
// (written at build time by src/bin/prerender.rs) instead of the start page,
// whose links need the app. A timer shows it too if the app has not marked
// <html data-app="ready"> (src/lib.rs, start()) 4.5 seconds after the page
// started loading, unless the wasm is still arriving: on a slow connection
// the download is waited for while its bytes keep coming, so nobody is told
// "the planner cannot start" by a page that is about to start. A download
// that stalls (no bytes for STALL_MS), or an app not started STALL_MS after
// its download ended, shows the fallback. If the app starts later it
// replaces the fallback. No HTML is parsed from strings.

// Counted from when the page started loading, with room to draw the
// fallback, so that it is on screen within 5 seconds.
const LIMIT_MS = 4500;
// How long without a byte of the wasm (or, once it has all arrived,
// without the app starting) counts as stuck.
const STALL_MS = 4500;

function showFallback() {
  const root = document.documentElement;
  if (root.dataset.app === 'ready' || root.dataset.app === 'fallback') return;
  // The app's own "Sorry, there is a problem" page (src/problem.rs) stays.
  if (document.getElementById('problem-page')) return;
  const template = document.getElementById('app-fallback');
  const app = document.getElementById('app');
  if (!template || !app) return;
  app.replaceChildren(template.content.cloneNode(true));
  root.dataset.app = 'fallback';
  const title = template.dataset.title;
  if (title) document.title = title;
}

// Offline after the first visit: the service worker (src/sw.js, written to
// dist/sw.js by scripts/service-worker.mjs) keeps a copy of the planner's
// own files, never answers. Registered from the planner's own window only,
// not inside a frame on another site (the embed), with the default scope:
// the folder sw.js is in. Without it (a browser with none, `trunk serve`)
// the planner works as before, online.
if (navigator.serviceWorker && window.top === window) {
  addEventListener('load', () => navigator.serviceWorker.register('sw.js').catch(() => {}));
}

// Printing: while the page prints (print media, the browser's print, or
// "Print" on the result page) the app draws a translated result's English
// copies (src/pages/result/print.rs), told by these two events. "Print"
// sends the first before it prints, so they are on the page in time.
const printing = (on) => dispatchEvent(new Event(on ? 'app-print' : 'app-print-end'));
addEventListener('beforeprint', () => printing(true));
addEventListener('afterprint', () => printing(false));
matchMedia('print').addEventListener('change', (e) => printing(e.matches));
addEventListener('click', (e) => {
  if (e.target.closest?.('#print')) {
    printing(true);
    setTimeout(print);
  }
});

export default function initializer() {
  // When the wasm's last bytes arrived (or its download ended): 0 before.
  let lastByte = 0;
  let timer;
  const check = () => {
    const quiet = performance.now() - lastByte;
    if (lastByte > 0 && quiet < STALL_MS) {
      timer = setTimeout(check, STALL_MS - quiet);
      return;
    }
    showFallback();
  };
  timer = setTimeout(check, Math.max(0, LIMIT_MS - performance.now()));
  return {
    onProgress() {
      lastByte = performance.now();
    },
    onComplete() {
      lastByte = performance.now();
    },
    onSuccess() {
      if (document.documentElement.dataset.app === 'ready') clearTimeout(timer);
    },
    onFailure() {
      clearTimeout(timer);
      showFallback();
    },
  };
}
