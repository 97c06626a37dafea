/**
 * Run by instructions.ts, bundled, under valgrind: the warm-up, six passes over the bench's 4 KB
 * prompts so that the JIT has compiled what they use, then `PASSES` passes more. After two passes
 * V8 was still compiling: a scan counted 14.4 M instructions after two, 12.5 M after four, 10.1 M
 * after six and 10.2 M after eight.
 */
import { scan } from '../../utils/detection/engine';
import { warmUpSteps } from '../../utils/detection/warm-up';
import { loadCorpus } from '../eval/build-corpus';
import { buildPrompts } from './bench-prompts';

const prompts = buildPrompts(loadCorpus());
for (const step of warmUpSteps()) step();
const WARM_UP_PASSES = 6;
const passes = WARM_UP_PASSES + Number(process.env.PASSES ?? 0);
for (let pass = 0; pass < passes; pass++) for (const prompt of prompts) scan(prompt);
console.log(JSON.stringify({ prompts: prompts.length }));
