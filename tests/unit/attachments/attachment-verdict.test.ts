import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { activatePolicy, checkPrompt } from '@/policies/active-policy';
import { attachmentVerdict, type FileCheck } from '@/utils/attachments/attachment-verdict';

const active = activatePolicy(DEFAULT_POLICY);
const checked = (name: string, text: string): FileCheck => ({ name, checked: true, ...checkPrompt(text, 'chatgpt', active) });
const clean = checked('clean.txt', 'Compte rendu de la réunion sur le budget 2027.');
const email = checked('contacts.csv', 'Écrire à nathalie.dubois@example.fr demain.');
const nir = checked('dossier.txt', 'NIR de l’usager : 2 95 10 99 126 111 93');
const pdf: FileCheck = { name: 'scan.pdf', checked: false, reason: 'unsupported' };

describe('attachmentVerdict', () => {
  it('lets clean files go', () => {
    expect(attachmentVerdict([clean], 'warn', true)).toMatchObject({ action: 'allow', enforced: false, unchecked: [] });
  });
  it('warns on contact data and offers "attach anyway" (the default allows it on warnings)', () => {
    expect(attachmentVerdict([clean, email], 'warn', true)).toMatchObject({ action: 'warn', enforced: true, sendAnyway: true });
  });
  it('blocks when one file holds blocked data, with no "attach anyway"', () => {
    expect(attachmentVerdict([email, nir], 'allow', true)).toMatchObject({ action: 'block', enforced: true, sendAnyway: false });
  });
  it('applies uncheckedFiles to files it cannot read, and names them', () => {
    expect(attachmentVerdict([pdf], 'allow', true)).toMatchObject({ action: 'allow', unchecked: ['scan.pdf'] });
    expect(attachmentVerdict([pdf], 'warn', true)).toMatchObject({ action: 'warn', enforced: true, sendAnyway: true });
    expect(attachmentVerdict([pdf, clean], 'block', true)).toMatchObject({ action: 'block', enforced: true, sendAnyway: false });
  });
  it('does not enforce in observe mode', () => {
    expect(attachmentVerdict([pdf], 'block', false)).toMatchObject({ action: 'block', enforced: false });
  });
});
