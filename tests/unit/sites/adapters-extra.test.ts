// @vitest-environment happy-dom
/**
 * The adapters of the seven tools added by issue 5, against the rendered DOM of their fixtures
 * (tests/fixtures/sites/dom/, captured by tests/e2e/support/capture-fixture-dom.mjs): the first-choice
 * selector finds the composer, the send control is recognised and leads back to the composer, and the
 * composer text reads as the agent typed it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AI_TOOLS } from '@/policies/ai-tools';
import { composerOfSendControl, composerOfTarget, isSendControl } from '@/utils/guard/find-composer';
import { readEditable } from '@/utils/sites/dom/editable-text';
import { queryFirst } from '@/utils/sites/dom/query-first';
import { SITE_ADAPTERS } from '@/utils/sites/registry';

const DOM_DIR = path.resolve(__dirname, '../../fixtures/sites/dom');
const load = (file: string) => {
  document.body.innerHTML = fs.readFileSync(path.join(DOM_DIR, file), 'utf8');
};

const CASES = [
  { site: 'perplexity', file: 'perplexity-2026-09.dom.html', composerIndex: 0 },
  { site: 'perplexity', file: 'perplexity-followup-2026-09.dom.html', composerIndex: 1 },
  { site: 'deepseek', file: 'deepseek-2026-09.dom.html', composerIndex: 0 },
  { site: 'albert', file: 'albert-2026-09.dom.html', composerIndex: 0 },
  { site: 'grok', file: 'grok-2026-09.dom.html', composerIndex: 0 },
  { site: 'huggingchat', file: 'huggingchat-2026-09.dom.html', composerIndex: 0 },
  { site: 'poe', file: 'poe-2026-09.dom.html', composerIndex: 0 },
  { site: 'meta-ai', file: 'meta-ai-2026-09.dom.html', composerIndex: 0 },
] as const;

describe('adapters of the seven added tools, on their fixtures', () => {
  for (const { site, file, composerIndex } of CASES) {
    describe(`${site} (${file})`, () => {
      const adapter = SITE_ADAPTERS[site];

      it('is registered for a catalogue tool and names its fixture', () => {
        expect(adapter.id).toBe(site);
        expect(AI_TOOLS.some((tool) => tool.id === site)).toBe(true);
        expect(fs.existsSync(path.resolve(DOM_DIR, '..', adapter.fixture))).toBe(true);
      });

      it(`finds the composer with selector #${composerIndex} and reads its text`, () => {
        load(file);
        const found = queryFirst(document, adapter.composers);
        expect(found?.index).toBe(composerIndex);
        expect(readEditable(found!.element).text).toMatch(/^(bonjour|suite)$/);
        const inner = found!.element.querySelector('span, p') ?? found!.element;
        expect(composerOfTarget(inner, adapter)).toEqual({ element: found!.element, via: 'adapter' });
      });

      it('recognises the send control, which leads back to the composer', () => {
        load(file);
        const send = queryFirst(document, adapter.sendButtons);
        expect(send).not.toBeNull();
        expect(send!.index).toBe(0);
        expect(isSendControl(send!.element, adapter)).toBe(true);
        expect(composerOfSendControl(send!.element, adapter)?.element).toBe(queryFirst(document, adapter.composers)!.element);
      });
    });
  }

  it('DeepSeek: the attach icon button (same design-system class) is not a send control', () => {
    load('deepseek-2026-09.dom.html');
    const attach = document.querySelector('[role="button"].attach')!;
    expect(isSendControl(attach, SITE_ADAPTERS.deepseek)).toBe(false);
  });

  it('Meta AI: the send control is a div[role=button], not a button', () => {
    load('meta-ai-2026-09.dom.html');
    const send = queryFirst(document, SITE_ADAPTERS['meta-ai'].sendButtons)!.element;
    expect(send.tagName).toBe('DIV');
    expect(send.getAttribute('role')).toBe('button');
  });

  it('Perplexity and Meta AI rewrite from the main world; the others from the isolated world', () => {
    const mainWorld = Object.values(SITE_ADAPTERS).filter((adapter) => adapter.writeFrom === 'main').map((adapter) => adapter.id);
    expect(mainWorld.sort()).toEqual(['meta-ai', 'perplexity']);
  });

  it('Poe declares its signed endpoints as not rewritable; Meta AI its binary socket as unreadable', () => {
    expect(SITE_ADAPTERS.poe.network.every((rule) => rule.rewritable === false)).toBe(true);
    const socket = SITE_ADAPTERS['meta-ai'].network.find((rule) => rule.transport === 'websocket');
    expect(socket?.readable).toBe(false);
  });

  it("matches each site's endpoints and nothing next to them", () => {
    const matches = (site: string, url: string) => SITE_ADAPTERS[site].network.filter((rule) => new RegExp(rule.url).test(url)).map((rule) => rule.purpose);
    expect(matches('perplexity', 'https://www.perplexity.ai/rest/sse/perplexity_ask')).toEqual(['send']);
    expect(matches('perplexity', 'https://www.perplexity.ai/rest/autosuggest/list-autosuggest')).toEqual(['draft']);
    expect(matches('deepseek', 'https://chat.deepseek.com/api/v0/chat/completion')).toEqual(['send']);
    expect(matches('deepseek', 'https://chat.deepseek.com/api/v0/chat/create_pow_challenge')).toEqual([]);
    expect(matches('albert', 'https://albert.numerique.gouv.fr/api/chat/completions')).toEqual(['send']);
    expect(matches('albert', 'https://albert.numerique.gouv.fr/api/v1/chats/new')).toEqual(['storage']);
    expect(matches('albert', 'https://albert.numerique.gouv.fr/api/v1/chats/0b7c4c1e-1f0d-4a4e-9b1a-6d2f1e7c9a10')).toEqual(['storage']);
    expect(matches('grok', 'https://grok.com/rest/app-chat/conversations/new')).toEqual(['send']);
    expect(matches('grok', 'https://grok.com/rest/app-chat/conversations/abc/responses')).toEqual(['send']);
    expect(matches('huggingchat', 'https://huggingface.co/chat/conversation/66a1b2')).toEqual(['send']);
    expect(matches('huggingchat', 'https://huggingface.co/chat/conversation')).toEqual([]);
    expect(matches('poe', 'https://poe.com/api/gql_POST')).toEqual(['send']);
    expect(matches('meta-ai', 'wss://gateway.meta.ai/ws/clippy')).toEqual(['send']);
  });
});
