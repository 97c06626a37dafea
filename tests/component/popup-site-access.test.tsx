// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { SiteAccess } from '@/entrypoints/popup/components/site-access';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function activeTab(url: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1, url } as never]);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
}

describe('popup site access (allowed, guarded, blocked tool)', () => {
  it.each([
    ['https://chatgpt.com/c/1', 'guarded', DEFAULT_POLICY],
    ['https://grok.com/', 'blocked', { ...DEFAULT_POLICY, tools: { grok: { access: 'blocked' as const } } }],
    ['https://albert.numerique.gouv.fr/', 'allowed', { ...DEFAULT_POLICY, tools: { albert: { access: 'allowed' as const } } }],
    ['https://www.service-public.fr/', 'none', DEFAULT_POLICY],
    [undefined, 'none', DEFAULT_POLICY],
  ])('%s → %s', async (url, access, policy) => {
    activeTab(url);
    const { container } = render(<SiteAccess policy={policy} />);
    await waitFor(() => expect(container.querySelector('[data-vigie="site-access"]')?.getAttribute('data-access')).toBe(access));
  });
});
