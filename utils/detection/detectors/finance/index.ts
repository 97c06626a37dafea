import type { Detector, DetectorExamples } from '../../types';
import creditCard, { examples as creditCardExamples } from './credit-card';
import frRib, { examples as frRibExamples } from './fr-rib';
import iban, { examples as ibanExamples } from './iban';

export default [iban, frRib, creditCard] satisfies Detector[];

/** Examples by detector id, for tests and tools: see utils/detection/detector-examples.ts. */
export const examplesById = (): Readonly<Record<string, DetectorExamples>> => ({
  [iban.id]: ibanExamples,
  [frRib.id]: frRibExamples,
  [creditCard.id]: creditCardExamples,
});
