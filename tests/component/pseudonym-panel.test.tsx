// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PseudonymPanel, type PseudonymPanelProps } from '@/components/pseudonym-panel';

/** The `pseudonyms:` block of a locale file (flat `key: value` lines, quoted or not). */
function pseudonymMessages(name: 'fr' | 'en'): Record<string, string> {
  const text = readFileSync(resolve(import.meta.dirname, `../../locales/${name}.yml`), 'utf8');
  const block = text.split(/\r?\n/).reduce<{ inBlock: boolean; out: Record<string, string> }>(
    (state, line) => {
      if (/^\S/.test(line)) state.inBlock = line.startsWith('pseudonyms:');
      else if (state.inBlock) {
        const match = /^ {2}(\w+): (.*)$/.exec(line);
        if (match) state.out[`pseudonyms.${match[1]}`] = match[2].replace(/^"(.*)"$/, '$1');
      }
      return state;
    },
    { inBlock: false, out: {} },
  );
  return block.out;
}

vi.mock('#i18n', () => {
  const messages = pseudonymMessages('fr');
  const t = (key: string, substitutions?: string[]) => {
    const template = messages[key];
    if (template === undefined) throw new Error(`Missing message: ${key}`);
    return template.replace(/\$(\d)/g, (_, n: string) => substitutions?.[Number(n) - 1] ?? '');
  };
  return { i18n: { t } };
});

const ENTRIES = [
  { placeholder: '[USAGER_1]', type: 'PERSON_NAME' as const, value: 'Nathalie Dubois', manual: false },
  { placeholder: '[COURRIEL_1]', type: 'EMAIL' as const, value: 'nathalie.dubois@example.fr', manual: false },
];

function renderPanel(overrides: Partial<PseudonymPanelProps> = {}) {
  const props: PseudonymPanelProps = { entries: ENTRIES, display: 'real', ttlMinutes: 240, onDisplayChange: vi.fn(), onAdd: vi.fn(() => '[USAGER_2]'), onForget: vi.fn(), includeStyles: false, ...overrides };
  render(<PseudonymPanel {...props} />);
  return props;
}

describe('pseudonym panel', () => {
  afterEach(cleanup);

  it('has the same messages in French and English', () => {
    expect(Object.keys(pseudonymMessages('en')).sort()).toEqual(Object.keys(pseudonymMessages('fr')).sort());
  });

  it('opens from a labelled button as a non-modal dialog, values masked until the agent asks', () => {
    renderPanel();
    const launcher = screen.getByRole('button', { name: 'Pseudonymes (2)' });
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(launcher);
    const dialog = screen.getByRole('dialog', { name: 'Pseudonymes de cette conversation' });
    expect(launcher.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(dialog);
    expect(dialog.textContent).toContain('[USAGER_1]');
    expect(dialog.textContent).not.toContain('Dubois');
    expect(dialog.textContent).toContain('240 min');
    fireEvent.click(screen.getByLabelText('Afficher les valeurs dans cette liste'));
    expect(dialog.textContent).toContain('Nathalie Dubois');
  });

  it('switches answers between real values and placeholders, adds a value to hide, forgets, and closes with Escape', () => {
    const props = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Pseudonymes (2)' }));
    fireEvent.click(screen.getByLabelText('Afficher les vraies valeurs dans les réponses'));
    expect(props.onDisplayChange).toHaveBeenCalledWith('placeholders');
    const input = screen.getByLabelText('Masquer aussi ce nom');
    const add = screen.getByRole('button', { name: 'Ajouter' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: 'Lucas' } });
    act(() => void fireEvent.submit(input.closest('form')!));
    expect(props.onAdd).toHaveBeenCalledWith('Lucas');
    expect(screen.getByRole('status').textContent).toContain('[USAGER_2]');
    fireEvent.click(screen.getByRole('button', { name: 'Oublier maintenant' }));
    expect(props.onForget).toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pseudonymes (2)' }));
  });
});
