import { createRoot } from 'react-dom/client';
import '@/components/ui/vigie.css';
import { sendMessage } from '@/utils/messaging';
import { App } from './app';

const toolId = new URLSearchParams(location.search).get('tool');
// Counted once per page load, top frame only; the background checks the page, tab and tool, and rate-limits.
if (toolId && window.top === window) void sendMessage('recordToolBlocked', { tool: toolId });

document.documentElement.lang = browser.i18n.getUILanguage().startsWith('fr') ? 'fr' : 'en';
createRoot(document.getElementById('root')!).render(<App toolId={toolId} />);
