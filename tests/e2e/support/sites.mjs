import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** Serves every request to `origin` from a fixture file (Playwright routing: no server, real host name). */
export async function serveFixture(context, origin, fixtureFile) {
  const html = fs.readFileSync(path.join(ROOT, 'tests/fixtures/sites', fixtureFile), 'utf8');
  await context.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}
