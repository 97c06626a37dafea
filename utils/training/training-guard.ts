import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ActivePolicy } from '@/policies/active-policy';
import type { AiTool } from '@/policies/ai-tools';
import { PromptGuard } from '@/utils/guard/prompt-guard';
import { warmUpWhenIdle } from '@/utils/guard/warm-up';
import { TRAINING_ADAPTER } from './training-adapter';

/**
 * Runs the real content-side guard on the training page: the same PromptGuard, warning dialog and
 * pseudonymisation as on AI sites, with a context created in the page (it is an extension page,
 * not a content script) and statistics off (trainees' sends are not real usage).
 */
export function startTrainingGuard(tool: AiTool, active: ActivePolicy): { setPolicy(active: ActivePolicy): void; stop(): void } {
  const ctx = new ContentScriptContext('vigie-training', { noScriptStartedPostMessage: true });
  const guard = new PromptGuard(ctx, tool, TRAINING_ADAPTER, active, false);
  guard.start();
  warmUpWhenIdle();
  return { setPolicy: (next) => guard.setPolicy(next), stop: () => ctx.abort('training page closed') };
}
