import { AI_TOOLS } from '@/policies/ai-tools';
import { startGuard } from '@/utils/guard/start-guard';

export default defineContentScript({
  matches: AI_TOOLS.flatMap((tool) => tool.hosts.map((host) => `https://${host}/*`)),
  runAt: 'document_start',
  main: (ctx) => startGuard(ctx),
});
