/**
 * `npm start`'s launcher (utils/cli/start.ts) on a machine with no display: it says so, runs
 * Chromium headless with the built extension, walks one training scenario and prints the paths of
 * the screenshots it wrote. Needs a build (`npx wxt build`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { ROOT } from './support/paths.mjs';

test('npm start without a display: headless walk-through of a scenario, screenshots printed, exit 0', { timeout: 180_000 }, () => {
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/start.ts'], { cwd: ROOT, env, encoding: 'utf8', timeout: 170_000 });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /no display found/);
  assert.match(run.stdout, /stopped the prompt \(warn: .*PERSON_NAME/);
  assert.match(run.stdout, /rewrite went through/);
  const shots = [...run.stdout.matchAll(/screenshot: (.+\.png)$/gm)].map((match) => match[1]);
  assert.equal(shots.length, 2);
  for (const shot of shots) {
    assert.ok(path.isAbsolute(shot));
    assert.ok(fs.statSync(shot).size > 10_000, `${shot} is a real screenshot`);
  }
});
