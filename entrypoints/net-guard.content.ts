import { AI_TOOLS } from '@/policies/ai-tools';
import { startNetGuard } from '@/utils/net/start-net-guard';

/** Main-world safety net on AI tool pages: registered before the page's own scripts keep `fetch`. */
export default defineContentScript({
  matches: AI_TOOLS.flatMap((tool) => tool.hosts.map((host) => `https://${host}/*`)),
  runAt: 'document_start',
  world: 'MAIN',
  main: () => startNetGuard(),
});
