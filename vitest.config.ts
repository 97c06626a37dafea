import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { packWordListsPlugin } from './utils/detection/data/pack-word-lists';

export default defineConfig({
  // The engine as it ships: its long word lists packed (WxtVitest does not apply wxt.config.ts's own plugins).
  plugins: [WxtVitest(), packWordListsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}', 'tests/regressions/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
