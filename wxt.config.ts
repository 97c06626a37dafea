import { defineConfig } from 'wxt';

// Vigie build configuration. Chrome/Edge get MV3; Firefox gets MV3 too (`npm run build:firefox`).
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Never let `wxt` try to open a browser by itself: `npm start` does that explicitly.
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'fr',
    permissions: ['storage'],
    action: { default_title: 'Vigie' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'vigie@dsisn.example.fr', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
