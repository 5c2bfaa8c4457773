"use client";

import { useEffect } from "react";

/**
 * Registers /sw.js and hands it the static build files this page loaded, so the installed app's
 * shell opens from cache. Data is never given to it.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((name) => new URL(name).pathname.startsWith("/_next/static/"));
        registration.active?.postMessage({ type: "cache-shell", urls });
      })
      .catch((error: unknown) => console.warn("The service worker did not register:", error));
  }, []);
  return null;
}
