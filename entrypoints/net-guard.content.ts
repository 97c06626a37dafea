import { AI_TOOLS } from '@/policies/ai-tools';
import { startNetGuard } from '@/utils/net/start-net-guard';
import { startPageWriter } from '@/utils/page-writer/main-world';

/** Main-world safety net on AI tool pages: registered before the page's own scripts keep `fetch`. */
export default defineContentScript({
  matches: AI_TOOLS.flatMap((tool) => tool.hosts.map((host) => `https://${host}/*`)),
  runAt: 'document_start',
  world: 'MAIN',
  main: () => {
    startNetGuard();
    // Hands the isolated guard a private port for rewriting Lexical-like composers (utils/page-writer/).
    startPageWriter();
  },
});
