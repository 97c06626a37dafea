/**
 * Run by the bench in a fresh process: how long the engine's compacted tables take to decode the
 * first time (cold code, as in a page that has just loaded the engine). Prints one JSON line.
 */
import { decodeFirstNames } from '../../utils/detection/data/first-names-fr';
import { phoneMetadata } from '../../utils/detection/data/phone-metadata';

const timed = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

console.log(JSON.stringify({ firstNames: timed(decodeFirstNames), phoneMetadata: timed(phoneMetadata) }));
