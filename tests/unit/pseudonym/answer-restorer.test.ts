// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerRestorer, RESTORED_ATTR } from '@/utils/pseudonym/answer-restorer';

const VALUES: Record<string, string> = { '[USAGER_1]': 'Nathalie Dubois', '[COURRIEL_1]': 'n.d@example.fr' };
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(values: Record<string, string> = VALUES) {
  document.body.innerHTML = '<div class="thread"><div data-role="user">[USAGER_1] tapé</div><div data-role="assistant"><p></p></div></div>';
  const restorer = new AnswerRestorer(document, { selectors: ['[data-role="assistant"]'], lookup: (placeholder) => values[placeholder], title: (placeholder) => `restauré (${placeholder})` });
  restorer.start();
  const paragraph = document.querySelector('[data-role="assistant"] p')!;
  return { restorer, paragraph };
}

describe('answer restorer', () => {
  let current: AnswerRestorer | null = null;
  afterEach(() => current?.stop());

  it('shows real values in streamed answers, also when a placeholder is cut between two chunks', async () => {
    const { restorer, paragraph } = setup();
    current = restorer;
    for (const chunk of ['Bonjour ', '[USA', 'GER_1], ', 'écrivez à [COURRIEL_1].', ' Fin [INCONNU_3].']) {
      paragraph.append(chunk);
      await flush();
    }
    expect(paragraph.textContent).toBe('Bonjour Nathalie Dubois, écrivez à n.d@example.fr. Fin [INCONNU_3].');
    const marks = [...paragraph.querySelectorAll(`mark[${RESTORED_ATTR}]`)];
    expect(marks.map((mark) => mark.getAttribute(RESTORED_ATTR))).toEqual(['[USAGER_1]', '[COURRIEL_1]']);
    expect(marks[0].getAttribute('title')).toBe('restauré ([USAGER_1])');
    expect(document.querySelector('[data-role="user"]')!.textContent).toBe('[USAGER_1] tapé');
    expect(restorer.shownPlaceholders()).toEqual(new Set(['[USAGER_1]', '[COURRIEL_1]']));
  });

  it('follows a text node the site rewrites as chunks arrive, without duplicating text', async () => {
    const { restorer, paragraph } = setup();
    current = restorer;
    const node = document.createTextNode('Voici [USAGER_1]');
    paragraph.append(node);
    await flush();
    node.data = 'Voici [USAGER_1] et [COURRIEL_1] ensuite';
    await flush();
    expect(paragraph.textContent).toBe('Voici Nathalie Dubois et n.d@example.fr ensuite');
    expect(paragraph.querySelectorAll('mark').length).toBe(2);
  });

  it('cleans up when the site replaces a text node it had rendered (framework re-render)', async () => {
    const { restorer, paragraph } = setup();
    current = restorer;
    const node = document.createTextNode('Voici [USAGER_1] et la suite');
    paragraph.append(node);
    await flush();
    expect(paragraph.textContent).toBe('Voici Nathalie Dubois et la suite');
    node.remove();
    paragraph.append('Voici [USAGER_1] et la suite, complétée');
    await flush();
    expect(paragraph.textContent).toBe('Voici Nathalie Dubois et la suite, complétée');
    expect(paragraph.querySelectorAll('mark').length).toBe(1);
  });

  it('toggles back to placeholders, and puts placeholders back when the mapping is forgotten', async () => {
    const values = { ...VALUES };
    const { restorer, paragraph } = setup(values);
    current = restorer;
    paragraph.append('Pour [USAGER_1].');
    await flush();
    restorer.setDisplay('placeholders');
    expect(paragraph.textContent).toBe('Pour [USAGER_1].');
    restorer.setDisplay('real');
    expect(paragraph.textContent).toBe('Pour Nathalie Dubois.');
    delete values['[USAGER_1]'];
    restorer.refresh();
    expect(paragraph.textContent).toBe('Pour [USAGER_1].');
    expect(paragraph.querySelectorAll('mark').length).toBe(0);
  });

  it('restores answers already on the page and answers added as whole elements', async () => {
    document.body.innerHTML = '<div data-role="assistant">Déjà là : [USAGER_1]</div>';
    const restorer = new AnswerRestorer(document, { selectors: ['[data-role="assistant"]'], lookup: (placeholder) => VALUES[placeholder], title: () => '' });
    current = restorer;
    restorer.start();
    const later = document.createElement('div');
    later.innerHTML = '<div data-role="assistant"><p>Puis [COURRIEL_1]</p></div>';
    document.body.append(later);
    await flush();
    expect(document.body.textContent).toBe('Déjà là : Nathalie DuboisPuis n.d@example.fr');
  });
});
