import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { AI_TOOLS } from './policies/ai-tools';
import { packWordListsPlugin } from './utils/detection/data/pack-word-lists';
import { CHROME_EXTENSION_KEY, GECKO_EXTENSION_ID } from './policies/extension-identity';

const AI_TOOL_MATCHES = AI_TOOLS.flatMap((tool) => tool.hosts.map((host) => `https://${host}/*`));

// Vigie build configuration. Chrome/Edge get MV3; Firefox gets MV3 too (`npm run build:firefox`).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The engine's long word lists ship deflated (utils/detection/data/pack-word-lists.ts).
  vite: () => ({ plugins: [packWordListsPlugin()] }),
  // Never let `wxt` try to open a browser by itself: `npm start` does that explicitly.
  webExt: { disabled: true },
  hooks: {
    // Ship the managed-storage schema from policies/ (its single source) without a public/ copy.
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: resolve('policies/managed-schema.json'), relativeDest: 'managed-schema.json' });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    // activeTab: the popup reads the current tab's address (site status) only when the agent opens it.
    permissions: ['storage', 'alarms', 'activeTab'],
    action: { default_title: 'Vigie' },
    storage: { managed_schema: 'managed-schema.json' },
    // The blocked-tool page is opened from AI tool pages, and only from them.
    web_accessible_resources: [{ resources: ['blocked.html'], matches: AI_TOOL_MATCHES }],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_EXTENSION_ID, data_collection_permissions: { required: ['none'] } } } }
      : { key: CHROME_EXTENSION_KEY }),
  }),
});
