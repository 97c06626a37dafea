import fs from 'node:fs';
import path from 'node:path';

/** Chromium-family browsers `npm start` looks for on PATH, in this order. */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'] as const;

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to open: CHROME_PATH when set (it must exist), else the first of BROWSER_NAMES found
 * on PATH. Null when there is none.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = isExecutable): { path: string; from: 'CHROME_PATH' | 'PATH' } | null {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? { path: env.CHROME_PATH, from: 'CHROME_PATH' } : null;
  const directories = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of BROWSER_NAMES) {
    for (const directory of directories) {
      const candidate = path.join(directory, name);
      if (exists(candidate)) return { path: candidate, from: 'PATH' };
    }
  }
  return null;
}

/** Whether a graphical session is available (X11 or Wayland). */
export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}
