import { findTool } from '@/policies/ai-tools';
import { adapterFor } from '@/utils/sites/registry';
import { BRIDGE_TAG, detailOf, dispatchBridgeEvent, isNetVerdict, NET_CHECK_EVENT, NET_VERDICT_EVENT, isRestoreAnswer, type NetCheckRequest, type RestoreRequest } from './bridge';
import { installClipboardHook } from './clipboard-hook';
import { installNetGuard } from './install-net-guard';

/** How long a request waits for Vigie's answer before it is stopped (fail closed). */
const VERDICT_TIMEOUT_MS = 4_000;
/** How long a copy waits for the real values before the text is copied as the site gave it. */
const RESTORE_TIMEOUT_MS = 1_000;

/** Copy buttons: the clipboard gets the real values, asked of the isolated script for that one text. */
function startClipboardHook(): void {
  const pending = new Map<string, (text: string) => void>();
  window.addEventListener('message', (event) => {
    if (event.source !== window || !isRestoreAnswer(event.data)) return;
    pending.get(event.data.id)?.(event.data.text);
    pending.delete(event.data.id);
  });
  installClipboardHook(window, (text, format) => {
    const id = crypto.randomUUID();
    return new Promise<string>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(text);
      }, RESTORE_TIMEOUT_MS);
      pending.set(id, (restored) => {
        clearTimeout(timer);
        resolve(restored);
      });
      const request: RestoreRequest = { [BRIDGE_TAG]: 'restore', id, format, text };
      window.postMessage(request, location.origin);
    });
  });
}

/** Main-world entry point: hooks the site's known endpoints and asks the isolated guard about each body. */
export function startNetGuard(): void {
  const tool = findTool(location.href);
  if (!tool) return;
  const pending = new Map<string, (allow: boolean) => void>();
  const settle = (data: unknown) => {
    if (!isNetVerdict(data)) return;
    pending.get(data.id)?.(data.allow);
    pending.delete(data.id);
  };
  window.addEventListener('message', (event) => event.source === window && settle(event.data));
  window.addEventListener(NET_VERDICT_EVENT, (event) => settle(detailOf(event)));
  installNetGuard(window, adapterFor(tool.id).network, ({ purpose, transport, text }) => {
    const id = crypto.randomUUID();
    return new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        resolve(false);
      }, VERDICT_TIMEOUT_MS);
      pending.set(id, (allow) => {
        clearTimeout(timer);
        resolve(allow);
      });
      const request: NetCheckRequest = { [BRIDGE_TAG]: 'check', id, purpose, transport, text };
      dispatchBridgeEvent(window, NET_CHECK_EVENT, request);
      // Not answered within the dispatch (the guard was still starting): ask again by message.
      if (pending.has(id)) window.postMessage(request, location.origin);
    });
  });
  startClipboardHook();
}
