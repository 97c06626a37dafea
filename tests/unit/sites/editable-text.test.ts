// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, readEditable } from '@/utils/sites/dom/editable-text';
import { composerOfSendControl, composerOfTarget, isSendControl } from '@/utils/guard/find-composer';
import { SITE_ADAPTERS } from '@/utils/sites/registry';

const html = (markup: string) => {
  document.body.innerHTML = markup;
  return document.body;
};

describe('readEditable', () => {
  it('joins ProseMirror paragraphs with one line break and skips trailing filler', () => {
    html('<div id="e" contenteditable="true"><p>Mme <strong>Dubois</strong></p><p>06 12 34 56 78<br class="ProseMirror-trailingBreak"></p></div>');
    expect(readEditable(document.getElementById('e')!).text).toBe('Mme Dubois\n06 12 34 56 78');
  });

  it('counts <br> as a line break and keeps blocks apart (no glued words)', () => {
    html('<div id="e" contenteditable="true"><p>a@x.fr</p><p>Call<br>me</p></div>');
    expect(readEditable(document.getElementById('e')!).text).toBe('a@x.fr\nCall\nme');
  });

  it('maps text offsets back to DOM positions', () => {
    html('<div id="e" contenteditable="true"><p>Bonjour</p><p>Mme <em>Dubois</em> ici</p></div>');
    const root = document.getElementById('e')!;
    const editable = readEditable(root);
    const start = editable.text.indexOf('Dubois');
    expect(rangeFor(root, editable, start, start + 6)!.toString()).toBe('Dubois');
  });

  it('reads text fields by value', () => {
    html('<textarea id="t">ligne 1\nligne 2</textarea>');
    expect(readEditable(document.getElementById('t')!).text).toBe('ligne 1\nligne 2');
  });
});

describe('finding the composer', () => {
  it("recognises ChatGPT's composer and ignores its hidden decoy", () => {
    html('<form data-testid="composer"><textarea name="prompt-textarea" style="display:none"></textarea><div id="prompt-textarea" contenteditable="true"><p id="inner">x</p></div><button id="composer-submit-button">Send</button></form>');
    const match = composerOfTarget(document.getElementById('inner'), SITE_ADAPTERS.chatgpt);
    expect(match).toEqual({ element: document.getElementById('prompt-textarea'), via: 'adapter' });
    const button = document.getElementById('composer-submit-button')!;
    expect(isSendControl(button, SITE_ADAPTERS.chatgpt)).toBe(true);
    expect(composerOfSendControl(button, SITE_ADAPTERS.chatgpt)?.element.id).toBe('prompt-textarea');
  });

  it('falls back to the generic adapter for an unknown composer', () => {
    html('<div class="composer-x" contenteditable="true" id="c"></div><button aria-label="Send">go</button>');
    expect(composerOfTarget(document.getElementById('c'), SITE_ADAPTERS.chatgpt)?.via).toBe('generic');
  });

  it('finds the edit-message editor that goes with its own send button', () => {
    html('<article data-message-author-role="user"><div contenteditable="true" id="edit"></div><button data-testid="send-edit-button" id="b">Send</button></article><div id="prompt-textarea" contenteditable="true"></div>');
    expect(composerOfSendControl(document.getElementById('b')!, SITE_ADAPTERS.chatgpt)?.element.id).toBe('edit');
  });
});
