/**
 * Run by instructions.ts, bundled, under valgrind: the warm-up, WARM_UP_PASSES over the bench's 4 KB
 * prompts so that the JIT has compiled what they use, then `PASSES` passes more.
 */
import { scan } from '../../utils/detection/engine';
import { warmUpSteps } from '../../utils/detection/warm-up';
import { loadCorpus } from '../eval/build-corpus';
import { buildPrompts, WARM_UP_PASSES } from './bench-prompts';

const prompts = buildPrompts(loadCorpus());
for (const step of warmUpSteps()) step();
const passes = WARM_UP_PASSES + Number(process.env.PASSES ?? 0);
for (let pass = 0; pass < passes; pass++) for (const prompt of prompts) scan(prompt);
console.log(JSON.stringify({ prompts: prompts.length }));
