import { defineSecret } from './_define-secret';
import { charClasses, distinctChars } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Stripe secret and restricted API keys (`sk_live_…`, `rk_live_…` and their `_test_` twins) and
 * webhook signing secrets (`whsec_…`): what a département's online payments (school transport fees,
 * holiday camps, the archives' reproductions) hold. Publishable keys (`pk_…`) are public by design
 * and not reported.
 * Check: 6+ distinct characters, letters and digits (rejects placeholders such as `sk_live_xxxxxxxxxx`).
 * Source: https://docs.stripe.com/keys, https://docs.stripe.com/webhooks and gitleaks'
 * `stripe-access-token`. Examples are synthetic.
 */
export default defineSecret({
  id: 'stripe-key',
  pattern: /(?<![A-Za-z0-9_])(?:[rs]k_(?:live|test)_[A-Za-z0-9]{10,99}|whsec_[A-Za-z0-9]{24,64})(?![A-Za-z0-9_])/gu,
  prefilter: ['k_live_', 'k_test_', 'whsec_'],
  keywords: phraseList('stripe|webhook|signature|api'),
  priority: 98,
  validate: (value) => {
    const random = value.slice(value.lastIndexOf('_') + 1);
    const classes = charClasses(random);
    return distinctChars(random) >= 6 && (classes.lower || classes.upper) && classes.digit;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it.
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'STRIPE_SECRET_KEY=' + 'sk_live_' + '51Hq8ZtK2eXb9Wm4Lr7Pd3Vy6Nc1Qs',
    'Clé de signature HMAC (mode PRODUCTION) : ' + 'whsec_' + 'Bd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rl',
    'clé restreinte pour la régie : ' + 'rk_test_' + '4eC39HqLyjWDarjtT1zdp7dc',
  ],
  noMatch: [
    'sk_live_' + 'x'.repeat(24),
    'pk_live_' + '51Hq8ZtK2eXb9Wm4Lr7Pd3Vy6Nc1Qs',
    'STRIPE_SECRET_KEY=sk_live_...',
    'my_sk_live_' + '51Hq8ZtK2eXb9Wm4Lr7Pd3Vy6Nc1Qs',
  ],
}))();
