import { describe, expect, test } from 'vitest';
import { findBrowser, hasDisplay } from '@/utils/cli/find-browser';

describe('npm start: browser and display', () => {
  const only = (...files: string[]) => (file: string) => files.includes(file);

  test('CHROME_PATH wins when it exists; an absent CHROME_PATH finds nothing rather than another browser', () => {
    expect(findBrowser({ CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' }, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/chrome/chrome', from: 'CHROME_PATH' });
    expect(findBrowser({ CHROME_PATH: '/nowhere/chrome', PATH: '/usr/bin' }, only('/usr/bin/chromium'))).toBeNull();
  });

  test('on PATH: chromium, then chromium-browser, then google-chrome, in PATH order', () => {
    expect(findBrowser({ PATH: '/usr/local/bin:/usr/bin' }, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toEqual({ path: '/usr/bin/chromium-browser', from: 'PATH' });
    expect(findBrowser({ PATH: '/usr/local/bin:/usr/bin' }, only('/usr/bin/chromium', '/usr/local/bin/chromium'))).toEqual({ path: '/usr/local/bin/chromium', from: 'PATH' });
    expect(findBrowser({ PATH: '/usr/bin' }, only('/usr/bin/google-chrome'))?.path).toBe('/usr/bin/google-chrome');
    expect(findBrowser({ PATH: '' }, only('/usr/bin/chromium'))).toBeNull();
  });

  test('a display is X11 or Wayland', () => {
    expect(hasDisplay({})).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' })).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
  });
});
