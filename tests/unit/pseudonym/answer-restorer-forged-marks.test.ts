// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerRestorer, RESTORED_ATTR } from '@/utils/pseudonym/answer-restorer';

const VALUES: Record<string, string> = { '[USAGER_1]': 'Nathalie Dubois', '[IBAN_1]': 'FR7630006000011234567890189' };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('answer restorer against marks the page forges', () => {
  let current: AnswerRestorer | null = null;
  afterEach(() => current?.stop());

  function setup() {
    document.body.innerHTML = '<div data-role="assistant"><p></p></div><div id="page-owned"></div>';
    const restorer = new AnswerRestorer(document, { selectors: ['[data-role="assistant"]'], lookup: (placeholder) => VALUES[placeholder], title: (placeholder) => placeholder });
    restorer.start();
    current = restorer;
    return restorer;
  }

  it('never fills a page-made mark with a real value, nor counts it as shown', async () => {
    const restorer = setup();
    document.querySelector('[data-role="assistant"] p')!.append('Bonjour [USAGER_1].');
    await flush();
    const forged = document.createElement('mark');
    forged.setAttribute(RESTORED_ATTR, '[IBAN_1]');
    forged.textContent = '[IBAN_1]';
    document.getElementById('page-owned')!.append(forged);
    restorer.refresh();
    restorer.setDisplay('placeholders');
    restorer.setDisplay('real');
    await flush();
    expect(forged.textContent).toBe('[IBAN_1]');
    expect(restorer.shownPlaceholders()).toEqual(new Set(['[USAGER_1]']));
    expect(document.querySelector('[data-role="assistant"] p')!.textContent).toBe('Bonjour Nathalie Dubois.');
  });
});
