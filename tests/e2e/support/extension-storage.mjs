/**
 * Reads everything the extension keeps, for privacy checks: every `chrome.storage` area and every
 * IndexedDB database of the extension's origin, serialised as text. Tests then look for marker
 * strings and detected values in it.
 */

/** Runs in an extension context (service worker or extension page). */
async function dumpEverything() {
  const areas = {};
  for (const name of ['local', 'session', 'sync']) {
    try {
      areas[name] = await chrome.storage[name].get(null);
    } catch (error) {
      areas[name] = { unreadable: String(error) };
    }
  }
  const databases = {};
  for (const info of await indexedDB.databases()) {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(info.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const stores = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      stores[storeName] = await new Promise((resolve, reject) => {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    databases[info.name] = stores;
  }
  return JSON.stringify({ areas, databases });
}

/**
 * Everything the Chromium extension stores. `serviceWorker` is the one `launchChromium` returns;
 * IndexedDB is shared by the extension's origin, so the worker sees the pages' databases too.
 */
export function readAllExtensionStorage(serviceWorker) {
  return serviceWorker.evaluate(dumpEverything);
}

/** Fails with the first marker found (the marker itself is not printed beyond its index). */
export function assertNoneOf(dump, markers) {
  const found = markers.findIndex((marker) => dump.includes(marker));
  if (found !== -1) throw new Error(`extension storage contains marker #${found} (of ${markers.length})`);
}
