import { defineSiteAdapter } from '@/utils/sites/define-site-adapter';

/**
 * The training chat (entrypoints/training/) seen as an AI site: a textarea composer and a send
 * button marked with data attributes, answers in the thread. No network rule: nothing leaves.
 */
export const TRAINING_ADAPTER = defineSiteAdapter({
  id: 'vigie-training',
  composers: ['textarea[data-vigie-training="composer"]'],
  editComposers: [],
  sendButtons: ['button[data-vigie-training="send"]'],
  editor: 'textarea',
  answers: ['[data-vigie-training="answer"]'],
  network: [],
  fixture: 'none (extension page entrypoints/training/)',
});
