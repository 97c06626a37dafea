import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { GUARD_NOTICE_CSS } from '@/components/guard-notice';

/** Custom element hosting Vigie's UI on AI pages; events from inside it are ignored by the guard. */
export const UI_HOST_TAG = 'vigie-guard-ui';

/**
 * Shows one React element at a time in an open shadow root on the page (styles isolated both
 * ways; key events do not bubble out to the site's shortcuts).
 */
export function createGuardUi(ctx: ContentScriptContext) {
  let current: { remove(): void; root: Root } | null = null;

  const close = () => {
    current?.root.unmount();
    current?.remove();
    current = null;
  };

  const show = async (element: ReactElement) => {
    close();
    let root: Root | null = null;
    const ui = await createShadowRootUi(ctx, {
      name: UI_HOST_TAG,
      position: 'inline',
      anchor: 'body',
      mode: 'open',
      isolateEvents: ['keydown', 'keyup', 'keypress', 'paste', 'input', 'beforeinput'],
      // The warning dialog brings its own styles; the notice's are added here.
      css: GUARD_NOTICE_CSS,
      onMount(container) {
        root = createRoot(container);
        root.render(element);
        return root;
      },
      onRemove(mounted) {
        mounted?.unmount();
      },
    });
    ui.mount();
    current = { remove: () => ui.remove(), root: root! };
  };

  return { show, close, isOpen: () => current !== null };
}

/** Whether an event comes from Vigie's own UI (our dialog's buttons must not trigger the guard). */
export function isFromGuardUi(event: Event): boolean {
  return event.composedPath().some((node) => (node as Element).tagName?.toLowerCase() === UI_HOST_TAG);
}
