// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WARNING_DIALOG_CSS, WarningDialog, type DialogFinding, type WarningDialogProps } from '@/components/warning-dialog';
import { maskSpan } from '@/utils/detection/mask';
import { FINDING_TYPES } from '@/utils/detection/types';

/**
 * Tiny reader for the simple YAML of locales/*.yml: nested maps with 2-space indentation, plain,
 * single- or double-quoted string values, plural maps keyed `0`/`1`/`n` (joined with " | " as
 * @wxt-dev/i18n does for messages.json). Returns flat keys ("dialog.title").
 */
function readLocale(name: 'fr' | 'en'): Record<string, string> {
  const text = readFileSync(resolve(import.meta.dirname, `../../locales/${name}.yml`), 'utf8');
  type Tree = { [key: string]: string | Tree };
  const root: Tree = {};
  const stack: { indent: number; node: Tree }[] = [{ indent: -1, node: root }];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    const indent = raw.length - raw.trimStart().length;
    const match = /^\s*("[^"]*"|'[^']*'|[^:]+?):(?:\s+(.*))?$/.exec(raw);
    if (!match) throw new Error(`Unsupported YAML line in ${name}.yml: ${raw}`);
    const key = match[1].replace(/^["']|["']$/g, '');
    while (stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].node;
    if (match[2] === undefined || match[2] === '') {
      const child: Tree = {};
      parent[key] = child;
      stack.push({ indent, node: child });
    } else {
      parent[key] = scalar(match[2].trim());
    }
  }
  const flat: Record<string, string> = {};
  const walk = (node: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') flat[path] = value;
      else if (Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k)))) flat[path] = Object.values(value).join(' | ');
      else walk(value, path);
    }
  };
  walk(root, '');
  return flat;
}

function scalar(value: string): string {
  if (value.startsWith('"')) return JSON.parse(value) as string;
  if (value.startsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value.replace(/\s+#.*$/, '');
}

vi.mock('#i18n', () => {
  const messages = readLocale('fr');
  // Same semantics as @wxt-dev/i18n's `t` over chrome.i18n.getMessage, but failing on unknown keys.
  const t = (key: string, ...args: unknown[]): string => {
    let substitutions: string[] | undefined;
    let count: number | undefined;
    for (const arg of args) {
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) substitutions = arg.map(String);
    }
    if (count !== undefined && substitutions === undefined) substitutions = [String(count)];
    const template = messages[key];
    if (template === undefined) throw new Error(`Missing message: ${key}`);
    let message = template.replace(/\$(\$|\d)/g, (_, n: string) => (n === '$' ? '$' : (substitutions?.[Number(n) - 1] ?? '')));
    if (count !== undefined) {
      const plural = message.split(' | ');
      message = plural.length === 1 ? plural[0] : plural.length === 2 ? plural[count === 1 ? 0 : 1] : plural[count === 0 || count === 1 ? count : 2];
    }
    return message;
  };
  return { i18n: { t } };
});

const RAW_PHONE = '06 12 34 56 78';
const RAW_NIR = '1 84 12 76 451 089 46';
const PROMPT = `Mme Durand (tél. ${RAW_PHONE}, NIR ${RAW_NIR}) est suivie pour un diabète.`;
const phoneExcerpt = maskSpan(PROMPT, PROMPT.indexOf(RAW_PHONE), PROMPT.indexOf(RAW_PHONE) + RAW_PHONE.length);
const nirExcerpt = maskSpan(PROMPT, PROMPT.indexOf(RAW_NIR), PROMPT.indexOf(RAW_NIR) + RAW_NIR.length);

const FINDINGS: DialogFinding[] = [
  { type: 'NIR', excerpt: nirExcerpt, action: 'block', detectors: ['fr-nir'] },
  { type: 'PHONE', excerpt: phoneExcerpt, count: 2, action: 'warn', detectors: ['phone', 'phone-intl'] },
  { type: 'CUSTOM', excerpt: 'P•••••••••e', action: 'warn', ruleLabel: 'Nom de projet interne', detectors: ['custom-projets'] },
];

const WARN_FINDINGS = FINDINGS.filter((finding) => finding.action !== 'block');

const REASONS = [
  { id: 'urgence', label: 'Urgence de service' },
  { id: 'accord-dpo', label: 'Accord du DPO' },
];

function setup(overrides: Partial<WarningDialogProps> = {}) {
  const callbacks = {
    onModify: vi.fn(),
    onPseudonymise: vi.fn(),
    onSendAnyway: vi.fn(),
    onFalseAlarm: vi.fn(),
    onCancel: vi.fn(),
  };
  const props: WarningDialogProps = {
    findings: WARN_FINDINGS,
    decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: true, sendAnyway: true, reasonRequired: false } },
    toolName: 'ChatGPT',
    reasons: REASONS,
    ...callbacks,
    ...overrides,
  };
  const result = render(<WarningDialog {...props} />);
  return { ...result, props, ...callbacks };
}

function actionsShown(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-vigie-action]')].map((element) => element.dataset.vigieAction!).filter((action, index, all) => all.indexOf(action) === index);
}

function actionButton(action: string): HTMLButtonElement {
  const button = document.querySelector<HTMLButtonElement>(`[data-vigie-action="${action}"]`);
  if (!button) throw new Error(`No ${action} button`);
  return button;
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('WarningDialog — roles and content', () => {
  it('is a modal alertdialog named by its title and described by its summary', () => {
    setup();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.dataset.vigie).toBe('warning');
    expect(dialog.dataset.action).toBe('warn');
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    const summary = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(title?.textContent).toBe("Données personnelles détectées avant l'envoi à ChatGPT");
    expect(summary?.textContent).toBe("Ce que vous envoyez à ChatGPT sort de l'organisation. Retirez ou remplacez ces données, ou pseudonymisez-les : l'outil d'IA n'en a pas besoin pour vous aider.");
    expect(screen.getByRole('alertdialog', { name: "Données personnelles détectées avant l'envoi à ChatGPT" })).toBe(dialog);
  });

  it('says the sending is blocked under a block, and speaks of sensitive data when nothing identifies a person', () => {
    setup({ findings: FINDINGS, decision: { action: 'block', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: false, reasonRequired: false } } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Données personnelles détectées — envoi bloqué');
    expect(screen.getByRole('alertdialog').dataset.action).toBe('block');
    cleanup();
    setup({ findings: [{ type: 'SECRET', excerpt: 'sk-•••••••••••••••••9Q', action: 'warn', detectors: ['openai-key'] }], decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: true, reasonRequired: false } } });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe("Données sensibles détectées avant l'envoi à ChatGPT");
    expect(screen.getByRole('alertdialog').getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(screen.getByRole('alertdialog').getAttribute('aria-describedby')!)?.textContent).toContain('Retirez ou remplacez ces données (par exemple « Mme X » au lieu du nom)');
  });

  it('lists each finding with its label, masked excerpt, why it matters, count and rule', () => {
    setup({ findings: FINDINGS });
    const list = screen.getByRole('list', { name: '4 éléments détectés' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);

    expect(rows[0].textContent).toContain('Numéro de sécurité sociale (NIR)');
    expect(rows[0].querySelector('code')?.textContent).toBe(nirExcerpt);
    expect(rows[0].textContent).toContain("Identifiant national de santé : son usage est encadré (décret 2019-341, RGPD art. 9) ; jamais dans un outil d'IA externe.");
    expect(rows[0].textContent).toContain('Blocage');

    expect(rows[1].textContent).toContain('Numéro de téléphone');
    expect(rows[1].textContent).toContain('2 occurrences');
    expect(rows[1].querySelector('code')?.textContent).toBe('06 •• •• •• 78');
    expect(rows[1].textContent).toContain('Donnée personnelle (RGPD art. 4) : identifie une personne.');

    expect(rows[2].textContent).toContain("Règle de l'organisation");
    expect(rows[2].textContent).toContain('Règle : Nom de projet interne');
    expect(rows[2].textContent).toContain('Règle de votre organisation.');
    expect(rows[0].textContent).not.toContain('occurrence');
  });

  it('shows the organisation message, the DPO contact (e-mail as a link) and the charter link', () => {
    setup({ organisationMessage: "Utilisez l'outil interne Albert pour les dossiers d'usagers.", dpoContact: 'dpo@departement.fr', charterUrl: 'https://intranet.departement.fr/charte-ia' });
    expect(document.querySelector('[data-vigie="organisation-message"]')?.textContent).toContain("Utilisez l'outil interne Albert pour les dossiers d'usagers.");
    expect(document.querySelector('[data-vigie="dpo"]')?.textContent).toBe('Une question ? Contactez votre délégué à la protection des données : dpo@departement.fr');
    expect(screen.getByRole('link', { name: 'dpo@departement.fr' }).getAttribute('href')).toBe('mailto:dpo@departement.fr');
    const charter = screen.getByRole('link', { name: /Lire la charte d'usage de l'IA/ });
    expect(charter.getAttribute('href')).toBe('https://intranet.departement.fr/charte-ia');
    expect(charter.getAttribute('target')).toBe('_blank');
    expect(charter.getAttribute('rel')).toContain('noopener');
    expect(charter.textContent).toContain('(nouvelle fenêtre)');
  });

  it('ignores a charter address that is not https', () => {
    setup({ charterUrl: 'javascript:alert(1)', dpoContact: 'Service DPO, poste 4242' });
    expect(document.querySelector('[data-vigie="charter"]')).toBeNull();
    expect(document.querySelector('[data-vigie="dpo"]')?.textContent).toContain('Service DPO, poste 4242');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('never renders a raw value, only the masked excerpts it is given', () => {
    const { container } = setup({ findings: FINDINGS, organisationMessage: 'Message', dpoContact: 'dpo@departement.fr' });
    const html = document.body.innerHTML;
    expect(phoneExcerpt).toBe('06 •• •• •• 78');
    for (const raw of [RAW_PHONE, RAW_PHONE.replace(/ /g, ''), RAW_NIR, RAW_NIR.replace(/ /g, ''), '12 34 56', 'Durand', 'diabète']) expect(html).not.toContain(raw);
    const excerpts = [...container.querySelectorAll('[data-vigie-excerpt]')].map((element) => element.textContent);
    expect(excerpts).toEqual(FINDINGS.map((finding) => finding.excerpt));
  });
});

describe('WarningDialog — actions offered', () => {
  it('offers modify, pseudonymise, send anyway, false alarm and cancel on a warning with every offer', () => {
    setup();
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'pseudonymise', 'send-anyway', 'cancel']);
    expect(actionButton('modify').textContent).toBe('Modifier');
    expect(actionButton('pseudonymise').textContent).toBe('Pseudonymiser et envoyer');
    expect(actionButton('send-anyway').textContent).toBe('Envoyer quand même');
    expect(actionButton('cancel').textContent).toBe('Annuler');
  });

  it('hides pseudonymise and send anyway when they are not offered', () => {
    setup({ decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: false, reasonRequired: false } } });
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'cancel']);
    cleanup();
    setup({ decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: true, reasonRequired: false } } });
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'send-anyway', 'cancel']);
  });

  it('offers pseudonymisation on a pseudonymise decision and says so in the summary', () => {
    const { onPseudonymise } = setup({ decision: { action: 'pseudonymise', mode: 'enforce', offers: { pseudonymise: true, sendAnyway: false, reasonRequired: false } } });
    expect(screen.getByRole('alertdialog').dataset.action).toBe('pseudonymise');
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'pseudonymise', 'cancel']);
    expect(document.getElementById(screen.getByRole('alertdialog').getAttribute('aria-describedby')!)?.textContent).toContain('pseudonymisez-les');
    fireEvent.click(actionButton('pseudonymise'));
    expect(onPseudonymise).toHaveBeenCalledTimes(1);
  });

  it('under a block shows only modify, the false-alarm reports and cancel, whatever the offers', () => {
    setup({ findings: FINDINGS, decision: { action: 'block', mode: 'enforce', offers: { pseudonymise: true, sendAnyway: true, reasonRequired: true } } });
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'cancel']);
    expect(document.querySelectorAll('[data-vigie-action="false-alarm"]')).toHaveLength(3);
    expect(document.getElementById(screen.getByRole('alertdialog').getAttribute('aria-describedby')!)?.textContent).toContain("Votre organisation interdit d'envoyer ces données à ChatGPT.");
  });

  it('calls back modify, cancel and send anyway (no reason required)', () => {
    const { onModify, onCancel, onSendAnyway } = setup();
    fireEvent.click(actionButton('modify'));
    fireEvent.click(actionButton('cancel'));
    fireEvent.click(actionButton('send-anyway'));
    expect(onModify).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSendAnyway).toHaveBeenCalledWith(null);
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('asks for a reason first when one is required, and only then confirms', () => {
    const { onSendAnyway } = setup({ decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: true, reasonRequired: true } } });
    const sendAnyway = actionButton('send-anyway');
    expect(sendAnyway.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('radiogroup')).toBeNull();

    fireEvent.click(sendAnyway);
    expect(onSendAnyway).not.toHaveBeenCalled();
    expect(sendAnyway.getAttribute('aria-expanded')).toBe('true');
    const group = screen.getByRole('radiogroup', { name: 'Pourquoi devez-vous envoyer ces données ?' });
    expect(sendAnyway.getAttribute('aria-controls')).toBe(group.id);
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('data-vigie-reason'))).toEqual(['urgence', 'accord-dpo']);
    expect(within(group).getByRole('radio', { name: 'Accord du DPO' })).toBe(radios[1]);
    expect(document.activeElement).toBe(radios[0]);

    const confirm = actionButton('send-anyway-confirm');
    expect(confirm.textContent).toBe("Confirmer l'envoi");
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(onSendAnyway).not.toHaveBeenCalled();

    fireEvent.click(radios[1]);
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(onSendAnyway).toHaveBeenCalledExactlyOnceWith('accord-dpo');
  });

  it('does not offer send anyway when a reason is required but none is configured', () => {
    setup({ reasons: [], decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: true, sendAnyway: true, reasonRequired: true } } });
    expect(actionsShown()).toEqual(['false-alarm', 'modify', 'pseudonymise', 'cancel']);
  });
});

describe('WarningDialog — false alarm', () => {
  it('reports a row in one click, thanks the agent and keeps focus in the dialog', () => {
    const { onFalseAlarm } = setup();
    const rows = screen.getAllByRole('listitem');
    const button = within(rows[0]).getByRole('button', { name: 'Pas une donnée personnelle ?' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('Numéro de téléphone');

    fireEvent.click(button);
    expect(onFalseAlarm).toHaveBeenCalledExactlyOnceWith(['phone', 'phone-intl']);
    expect(rows[0].textContent).toContain('Merci, signalement enregistré');
    expect(within(rows[0]).queryByRole('button')).toBeNull();
    expect(button.isConnected).toBe(false);
    expect(document.activeElement?.textContent).toBe('Merci, signalement enregistré');
    expect(screen.getByRole('alertdialog').contains(document.activeElement)).toBe(true);

    // The other row can still be reported, separately.
    fireEvent.click(within(rows[1]).getByRole('button', { name: 'Pas une donnée personnelle ?' }));
    expect(onFalseAlarm).toHaveBeenCalledTimes(2);
    expect(onFalseAlarm).toHaveBeenLastCalledWith(['custom-projets']);
    expect(document.querySelectorAll('[data-vigie-action="false-alarm"]')).toHaveLength(0);
  });
});

describe('WarningDialog — keyboard and focus', () => {
  it('moves focus to Modify (the safe action) on mount', () => {
    setup();
    expect(document.activeElement).toBe(actionButton('modify'));
  });

  it('calls onCancel on Escape and keeps its keys away from page shortcuts', () => {
    const pageShortcut = vi.fn();
    document.addEventListener('keydown', pageShortcut);
    try {
      const { onCancel } = setup();
      const notPrevented = fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
      expect(notPrevented).toBe(false);
      expect(onCancel).toHaveBeenCalledTimes(1);
      fireEvent.keyDown(actionButton('pseudonymise'), { key: 'Escape' });
      expect(onCancel).toHaveBeenCalledTimes(2);
      expect(pageShortcut).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', pageShortcut);
    }
  });

  it('traps Tab and Shift+Tab within the dialog', () => {
    setup({ charterUrl: 'https://intranet.departement.fr/charte-ia' });
    const first = screen.getAllByRole('button', { name: 'Pas une donnée personnelle ?' })[0];
    const last = actionButton('cancel');

    last.focus();
    expect(fireEvent.keyDown(last, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(first);

    expect(fireEvent.keyDown(first, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(last);

    // In between, the browser moves focus as usual.
    const modify = actionButton('modify');
    modify.focus();
    expect(fireEvent.keyDown(modify, { key: 'Tab' })).toBe(true);
    expect(fireEvent.keyDown(modify, { key: 'Tab', shiftKey: true })).toBe(true);

    // From the panel itself, Tab goes to the first stop and Shift+Tab to the last.
    const dialog = screen.getByRole('alertdialog');
    dialog.focus();
    expect(fireEvent.keyDown(dialog, { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(first);
    dialog.focus();
    expect(fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(last);
  });

  it('cycles from the last stop of a reason group and after a false-alarm report', () => {
    setup({ findings: [WARN_FINDINGS[0]], decision: { action: 'warn', mode: 'enforce', offers: { pseudonymise: false, sendAnyway: true, reasonRequired: true } } });
    fireEvent.click(actionButton('false-alarm'));
    const thanks = document.activeElement as HTMLElement;
    expect(thanks.textContent).toBe('Merci, signalement enregistré');
    // The thank-you note is not a tab stop; Shift+Tab from it (nothing before) wraps to the last.
    expect(fireEvent.keyDown(thanks, { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(actionButton('cancel'));

    fireEvent.click(actionButton('send-anyway'));
    const radios = screen.getAllByRole('radio');
    fireEvent.click(radios[1]);
    radios[1].focus();
    // The radio group is one stop: Shift+Tab from its checked radio (nothing before) wraps to the last.
    expect(fireEvent.keyDown(radios[1], { key: 'Tab', shiftKey: true })).toBe(false);
    expect(document.activeElement).toBe(actionButton('cancel'));
    expect(fireEvent.keyDown(actionButton('cancel'), { key: 'Tab' })).toBe(false);
    expect(document.activeElement).toBe(radios[1]);
  });

  it('brings focus back when something outside takes it, and restores it on unmount', () => {
    const composer = document.createElement('textarea');
    document.body.append(composer);
    composer.focus();
    const { unmount } = setup();
    expect(document.activeElement).toBe(actionButton('modify'));

    const outside = document.createElement('button');
    document.body.append(outside);
    act(() => outside.focus());
    expect(document.activeElement).toBe(actionButton('modify'));

    unmount();
    expect(document.activeElement).toBe(composer);
  });

  it('works inside an open shadow root, with its styles inside it', () => {
    const host = document.createElement('vigie-ui');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.append(mount);
    const headStyles = document.head.querySelectorAll('style').length;
    const onCancel = vi.fn();
    render(
      <WarningDialog
        findings={WARN_FINDINGS}
        decision={{ action: 'warn', mode: 'enforce', offers: { pseudonymise: true, sendAnyway: true, reasonRequired: false } }}
        toolName="Mistral"
        reasons={REASONS}
        onModify={vi.fn()}
        onPseudonymise={vi.fn()}
        onSendAnyway={vi.fn()}
        onFalseAlarm={vi.fn()}
        onCancel={onCancel}
      />,
      { container: mount },
    );
    expect(shadow.querySelector('style')?.textContent).toBe(WARNING_DIALOG_CSS);
    expect(document.head.querySelectorAll('style').length).toBe(headStyles);
    const modify = shadow.querySelector<HTMLButtonElement>('[data-vigie-action="modify"]')!;
    expect(shadow.activeElement).toBe(modify);

    const cancel = shadow.querySelector<HTMLButtonElement>('[data-vigie-action="cancel"]')!;
    cancel.focus();
    expect(fireEvent.keyDown(cancel, { key: 'Tab' })).toBe(false);
    expect(shadow.activeElement).toBe(shadow.querySelector('[data-vigie-action="false-alarm"]'));
    fireEvent.keyDown(shadow.activeElement!, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});

describe('WarningDialog — observe mode', () => {
  it('renders a discreet status notice instead of a modal, and closes on demand', () => {
    const composer = document.createElement('textarea');
    document.body.append(composer);
    composer.focus();
    const { onCancel } = setup({ findings: [...WARN_FINDINGS, { type: 'EMAIL', excerpt: 'm••••@••••.fr', action: 'block', detectors: ['email'] }], decision: { action: 'block', mode: 'observe', offers: { pseudonymise: false, sendAnyway: false, reasonRequired: false } } });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.querySelector('[aria-modal]')).toBeNull();
    const notice = screen.getByRole('status');
    expect(notice.dataset.vigie).toBe('observe-notice');
    expect(notice.textContent).toContain("Mode observation : cet envoi aurait été bloqué (Numéro de téléphone, Règle de l'organisation, Adresse électronique). Rien n'est bloqué.");
    // It neither takes nor traps focus.
    expect(document.activeElement).toBe(composer);
    const close = within(notice).getByRole('button', { name: 'Fermer' });
    expect(close.dataset.vigieAction).toBe('cancel');
    close.focus();
    expect(fireEvent.keyDown(close, { key: 'Tab' })).toBe(true);
    expect(actionsShown()).toEqual(['cancel']);
    fireEvent.click(close);
    expect(onCancel).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(close, { key: 'Escape' });
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('says "signalé" for a warning', () => {
    setup({ decision: { action: 'warn', mode: 'observe', offers: { pseudonymise: true, sendAnyway: true, reasonRequired: false } } });
    expect(screen.getByRole('status').textContent).toContain("Mode observation : cet envoi aurait été signalé (Numéro de téléphone, Règle de l'organisation). Rien n'est bloqué.");
  });
});

describe('WarningDialog — locales and styles', () => {
  it('has every dialog and why message in French and English, for every finding type', () => {
    const fr = readLocale('fr');
    const en = readLocale('en');
    const ours = (messages: Record<string, string>) => Object.keys(messages).filter((key) => key.startsWith('dialog.') || key.startsWith('why.')).sort();
    expect(ours(en)).toEqual(ours(fr));
    for (const type of FINDING_TYPES) {
      expect(fr[`why.${type}`], type).toBeTruthy();
      expect(en[`why.${type}`], type).toBeTruthy();
    }
    expect(fr['dialog.findingsHeading']).toBe('$1 élément détecté | $1 éléments détectés');
    expect(en['why.HEALTH']).toBe('Health data (GDPR art. 9) covered by professional secrecy.');
  });

  it('ships self-contained, scoped CSS with forced-colours and reduced-motion rules', () => {
    expect(WARNING_DIALOG_CSS).not.toMatch(/url\(|@import|@font-face/);
    expect(WARNING_DIALOG_CSS).toContain('@media (forced-colors: active)');
    expect(WARNING_DIALOG_CSS).toContain('@media (prefers-reduced-motion: reduce)');
    expect(WARNING_DIALOG_CSS).toContain('z-index: 2147483647');
    expect(WARNING_DIALOG_CSS).toContain('#000091');
    expect(WARNING_DIALOG_CSS).toContain('#c9191e');
    expect(WARNING_DIALOG_CSS).toContain('#b34000');
    const selectors = WARNING_DIALOG_CSS.replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/@media[^{]*\{/g, '')
      .match(/[^{}]+(?=\{)/g)!
      .flatMap((selector) => selector.split(','))
      .map((selector) => selector.trim())
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector, selector).toMatch(/^(:host|\.vigie-wd)/);
  });
});
