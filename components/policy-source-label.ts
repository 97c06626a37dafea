import { i18n } from '#i18n';

/** How each policy source is named to people (options page and popup). */
export const POLICY_SOURCE_LABEL = {
  managed: () => i18n.t('options.sourceManaged'),
  remote: () => i18n.t('options.sourceRemote'),
  local: () => i18n.t('options.sourceLocal'),
  default: () => i18n.t('options.sourceDefault'),
  'last-valid': () => i18n.t('options.sourceLastValid'),
} as const;
