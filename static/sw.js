// Hashwatt's service worker: after the first visit the page works with the network off.
// The page registers it (from Rust, src/ui/offline.rs) as sw.js?v=<release>, where <release> is
// the hashed name of the app's script, so every release installs a new worker with its own cache
// and the old cache is deleted when it takes over. Nothing here talks to another origin.
'use strict';

const VERSION = new URL(self.location.href).searchParams.get('v') || 'unversioned';
const PREFIX = 'hashwatt-';
const CACHE = PREFIX + VERSION;
const SCOPE = self.registration.scope;
// On a slow school network, fall back to the cached page after this long (milliseconds).
const NAVIGATION_TIMEOUT_MS = 4000;

// Every "./file.ext" index.html names: Trunk's hashed script, wasm, stylesheet and icon. The miner's
// worker is not among them: it is fetched when a reader first presses Start, and kept then (asset()
// below); offline before that, the miner hashes on the page itself and says so.
function assetsOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/\.\/([A-Za-z0-9_.\-\/]+\.(?:js|wasm|css|svg|png|ico|json|webmanifest))/g)) {
    found.add(m[1]);
  }
  return [...found];
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch(SCOPE, { cache: 'no-cache' });
    if (page.ok) {
      const html = await page.clone().text();
      await cache.put(SCOPE, page);
      // One missing optional file must not stop the rest from being cached.
      await Promise.all(assetsOf(html).map((path) =>
        cache.add(new URL(path, SCOPE).href).catch(() => undefined)));
    }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

async function remember(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

// A page's key in the cache: its address without query or fragment, the site's root for
// index.html, so the main page and teachers.html each keep their own copy.
function pageKey(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href === SCOPE + 'index.html' ? SCOPE : url.href;
}

// A page or a fragment of words: the network first (a new release shows at once), the cached copy
// when offline or slow.
// The teachers page is cached the first time it is opened, never on the first visit to the page.
async function navigate(request) {
  const cache = await caches.open(CACHE);
  const key = pageKey(request);
  const network = fetch(request).then(async (response) => {
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  });
  const cached = await cache.match(key);
  if (!cached) {
    return network;
  }
  const timeout = new Promise((resolve) => setTimeout(() => resolve(cached), NAVIGATION_TIMEOUT_MS));
  return Promise.race([network.catch(() => cached), timeout]);
}

// Hashed assets never change under one name: the cache first, then the network (and keep it).
async function asset(request) {
  const hit = await caches.match(request, { cacheName: CACHE });
  return hit || fetch(request).then((response) => remember(request, response));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Pages, and the words fetched as .html (the worksheet, the speaker notes), change without the
  // app's name changing: the network first for them too.
  const words = new URL(request.url).pathname.endsWith('.html');
  event.respondWith(request.mode === 'navigate' || words ? navigate(request) : asset(request));
});
