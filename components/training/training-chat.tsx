import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { preparedAnswer } from '@/utils/training/prepared-answer';
import type { Scenario } from '@/utils/training/scenario-schema';
import { ScenarioImport } from './scenario-import';

interface Message {
  readonly id: number;
  readonly author: 'user' | 'assistant';
  readonly text: string;
}

/** Delay before the prepared answer appears, so the exchange reads like a chat. */
const ANSWER_DELAY_MS = 250;

export function localised(text: { fr: string; en?: string }, language: 'fr' | 'en'): string {
  return language === 'en' ? (text.en ?? text.fr) : text.fr;
}

/** Message names may not contain '-' (Chrome refuses the extension), hence `child_protection`. */
export function domainLabel(domain: Scenario['domain']): string {
  return i18n.t(`training.domain.${domain.replace(/-/g, '_')}` as 'training.domain.hr');
}

/**
 * The imitation AI chat: a composer, a send button and a conversation whose answers are prepared
 * texts. The guard (started by the page) intercepts Enter and the send button before this component
 * sees them, exactly as on an AI site. Messages live in memory only.
 */
export function TrainingChat({ scenarios, scenario, onScenario, language, imported, onImported }: {
  scenarios: readonly Scenario[];
  scenario: Scenario | null;
  onScenario(id: string): void;
  language: 'fr' | 'en';
  imported: Scenario[];
  onImported(scenarios: Scenario[]): void;
}) {
  const [messages, setMessages] = useState<Message[]>([]);
  const [draft, setDraft] = useState('');
  const composer = useRef<HTMLTextAreaElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const nextId = useRef(1);
  const thread = useRef<HTMLDivElement>(null);
  const composerId = useId();
  const scenarioSelectId = useId();

  useEffect(() => {
    thread.current?.scrollTo({ top: thread.current.scrollHeight });
  }, [messages]);

  const fill = (text: string) => {
    setDraft(text);
    composer.current?.focus();
  };

  const send = () => {
    const text = composer.current?.value ?? '';
    if (!text.trim()) return;
    setMessages((current) => [...current, { id: nextId.current++, author: 'user', text }]);
    setDraft('');
    const answer = preparedAnswer(text, scenario, language, i18n.t('training.chat.fallbackAnswer'));
    setTimeout(() => setMessages((current) => [...current, { id: nextId.current++, author: 'assistant', text: answer }]), ANSWER_DELAY_MS);
  };

  return (
    <div className="vt-chat">
      <aside className="vt-scenario" aria-labelledby={`${scenarioSelectId}-label`}>
        <label id={`${scenarioSelectId}-label`} htmlFor={scenarioSelectId}>
          <strong>{i18n.t('training.chat.scenarioLabel')}</strong>
        </label>
        <select id={scenarioSelectId} className="vt-select" style={{ width: '100%' }} data-vigie-training="scenario" value={scenario?.id ?? ''} onChange={(event) => onScenario(event.target.value)}>
          {scenarios.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {domainLabel(candidate.domain)} — {localised(candidate.title, language)}
            </option>
          ))}
        </select>
        {scenario && (
          <>
            <h2>{localised(scenario.title, language)}</h2>
            <div className="vt-actions">
              <button type="button" className="vt-button" data-vigie-training="use-risky" onClick={() => fill(scenario.riskyPrompt)}>
                {i18n.t('training.chat.useRisky')}
              </button>
              <button type="button" className="vt-button" data-vigie-training="use-rewrite" onClick={() => fill(scenario.rewrite)}>
                {i18n.t('training.chat.useRewrite')}
              </button>
            </div>
            <details data-vigie-training="explanation">
              <summary>{i18n.t('training.chat.explain')}</summary>
              <h3>{i18n.t('training.chat.expected')}</h3>
              <ul className="vt-types">
                {scenario.expectedTypes.map((type) => (
                  <li key={type}>{i18n.t(`types.${type}`)}</li>
                ))}
              </ul>
              <h3>{i18n.t('training.chat.why')}</h3>
              <p>{localised(scenario.why, language)}</p>
              <h3>{i18n.t('training.chat.goodPractice')}</h3>
              {scenario.goodPractice === 'pseudonymise' && <p>{i18n.t('training.chat.pseudonymiseHint')}</p>}
              <p>{scenario.rewrite}</p>
            </details>
          </>
        )}
        <ScenarioImport imported={imported} onImported={onImported} />
      </aside>
      <section className="vt-conversation" aria-label={i18n.t('training.chat.conversation')}>
        <div className="vt-thread" ref={thread} role="log" aria-live="polite" data-vigie-training="thread">
          {messages.length === 0 && <p className="vt-empty">{i18n.t('training.chat.empty')}</p>}
          {messages.map((message) => (
            <div key={message.id} className={`vt-message vt-message--${message.author}`} data-vigie-training={message.author === 'user' ? 'user-message' : 'answer'}>
              <span className="vt-message-author">{message.author === 'user' ? i18n.t('training.chat.you') : i18n.t('training.chat.assistant')}</span>
              {message.text}
            </div>
          ))}
        </div>
        <form
          ref={form}
          className="vt-composer"
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <label htmlFor={composerId} className="vt-vh">
            {i18n.t('training.chat.composerLabel')}
          </label>
          <textarea
            id={composerId}
            ref={composer}
            data-vigie-training="composer"
            rows={3}
            value={draft}
            placeholder={i18n.t('training.chat.placeholder')}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              // As on AI sites: Enter sends, Shift+Enter starts a new line (the guard saw Enter first).
              if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
              event.preventDefault();
              form.current?.requestSubmit();
            }}
          />
          <button type="submit" className="vt-button vt-button--primary" data-vigie-training="send" aria-label={i18n.t('training.chat.send')}>
            {i18n.t('training.chat.send')} ➤
          </button>
        </form>
        <p className="vt-offline">{i18n.t('training.chat.offline')}</p>
      </section>
    </div>
  );
}
