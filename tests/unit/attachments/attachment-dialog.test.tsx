// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentDialog, type AttachmentDialogProps } from '@/components/attachment-dialog';

// The fake browser has no i18n: show keys and substitutions instead of messages.
vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: unknown) => (Array.isArray(subs) ? `${key}:${subs.join(',')}` : key) } }));

afterEach(cleanup);

const props = (overrides: Partial<AttachmentDialogProps> = {}): AttachmentDialogProps => ({
  files: [
    { name: 'dossier.csv', findings: [{ type: 'EMAIL', excerpt: 'n•••••@e••••••.fr', action: 'warn', detectors: ['email'] }] },
    { name: 'scan.pdf', findings: [], unchecked: 'unsupported' },
  ],
  action: 'warn',
  toolName: 'ChatGPT',
  sendAnyway: true,
  reasonRequired: true,
  reasons: [{ id: 'fictitious-data', label: 'Données fictives' }],
  onSendAnyway: vi.fn(),
  onFalseAlarm: vi.fn(),
  onCancel: vi.fn(),
  ...overrides,
});

describe('AttachmentDialog', () => {
  it('is a labelled alertdialog naming each file, with masked excerpts only', () => {
    const { container } = render(<AttachmentDialog {...props()} />);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.getAttribute('aria-labelledby')).toBeTruthy();
    expect(dialog.getAttribute('data-vigie')).toBe('attachment-warning');
    expect(container.textContent).toContain('dossier.csv');
    expect(container.textContent).toContain('scan.pdf');
    expect(container.querySelector('[data-vigie="unchecked-file"]')).not.toBeNull();
    expect(container.textContent).not.toContain('@example.fr');
  });

  it('needs a reason before "attach anyway", then passes it on', () => {
    const onSendAnyway = vi.fn();
    const { container } = render(<AttachmentDialog {...props({ onSendAnyway })} />);
    const anyway = container.querySelector<HTMLButtonElement>('[data-vigie-action="send-anyway"]')!;
    expect(anyway.disabled).toBe(true);
    fireEvent.click(container.querySelector('[data-vigie-reason="fictitious-data"]')!);
    fireEvent.click(anyway);
    expect(onSendAnyway).toHaveBeenCalledWith('fictitious-data');
  });

  it('offers only cancel under a block, focuses it, and Escape cancels', () => {
    const onCancel = vi.fn();
    const { container } = render(<AttachmentDialog {...props({ action: 'block', onCancel })} />);
    expect(container.querySelector('[data-vigie-action="send-anyway"]')).toBeNull();
    const cancel = container.querySelector<HTMLButtonElement>('[data-vigie-action="cancel"]')!;
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
