// Mission Control's service worker: it caches the app shell only (the status page's static
// build files, the icons, the manifest) so the installed app opens fast. It never caches data:
// /api/*, page navigations (HTML carries data) and everything else go to the network untouched.
const CACHE = "mc-shell-v1";
const SHELL = [
  "/manifest.webmanifest",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
  "/icons/apple-touch-icon.png",
];

const isShellAsset = (url) =>
  url.origin === self.location.origin &&
  (url.pathname.startsWith("/_next/static/") || SHELL.includes(url.pathname));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))),
      )
      .then(() => self.clients.claim()),
  );
});

// The status page sends the static files it loaded: { type: "cache-shell", urls: [...] }.
self.addEventListener("message", (event) => {
  const data = event.data;
  if (data?.type !== "cache-shell" || !Array.isArray(data.urls)) return;
  const urls = data.urls
    .map((href) => {
      try {
        return new URL(href, self.location.origin);
      } catch {
        return null;
      }
    })
    .filter((url) => url && isShellAsset(url))
    .map((url) => url.pathname + url.search);
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...new Set(urls)])));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || request.mode === "navigate") return;
  const url = new URL(request.url);
  if (url.pathname.startsWith("/api/") || !isShellAsset(url)) return;
  // Build files are content-hashed, so a cached copy is the right one; a miss goes to the network.
  event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
});
