import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { type ActivePolicy, checkPrompt } from '@/policies/active-policy';
import { ConversationMapping } from '@/utils/pseudonym/conversation-mapping';
import { movePresentation, presentationMoveFor, PRESENTATION_STEPS, slideNumber, type PresentationPosition } from '@/utils/training/presentation';
import type { Scenario } from '@/utils/training/scenario-schema';
import { TRAINING_TOOL } from '@/utils/training/training-policy';
import { localised } from './training-chat';

/** The prompt with the spans the guard acts on marked. */
function marked(text: string, spans: readonly { start: number; end: number }[]): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    parts.push(text.slice(at, span.start), <mark key={span.start}>{text.slice(span.start, span.end)}</mark>);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}

/**
 * Presentation mode for a projector: one step of one scenario at a time, in large type, driven by
 * the keyboard or a remote (PageDown/PageUp, arrows, Space). The detection step runs the real
 * engine under the training policy, so the slide shows what the guard would find today.
 */
export function PresentationMode({ scenarios, active, language, onExit }: { scenarios: readonly Scenario[]; active: ActivePolicy; language: 'fr' | 'en'; onExit(): void }) {
  const [position, setPosition] = useState<PresentationPosition>({ scenario: 0, step: 0 });
  const region = useRef<HTMLElement>(null);
  const count = scenarios.length;

  const exit = useRef(onExit);
  exit.current = onExit;

  useEffect(() => region.current?.focus(), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') return exit.current();
      const target = event.target as HTMLElement | null;
      if (target?.closest('select, textarea, input')) return;
      const move = presentationMoveFor(event.key, event.shiftKey);
      if (!move) return;
      // Also stops Space/arrows from scrolling and from pressing a focused button a second time.
      event.preventDefault();
      setPosition((current) => movePresentation(current, move, count));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count]);

  // The list may shrink (imported scenarios removed): stay on the last slide that exists.
  const shown = position.scenario < count ? position : movePresentation(position, 'last', count);
  const scenario = scenarios[shown.scenario];
  const step = PRESENTATION_STEPS[shown.step];
  const result = useMemo(() => (scenario ? checkPrompt(scenario.riskyPrompt, TRAINING_TOOL.id, active) : null), [scenario, active]);
  if (!scenario || !result) return <p>{i18n.t('training.presentation.none')}</p>;

  const acted = result.findings.filter((finding) => result.decision.reasons.some((reason) => reason.type === finding.type && reason.detectors.includes(finding.detector)));
  const { current, total } = slideNumber(shown, count);
  const stepLabel = i18n.t(`training.presentation.step.${step}`);
  // The guard's own pseudonymisation, so the slide shows the placeholders agents will see.
  const pseudonymised = scenario.goodPractice === 'pseudonymise' ? new ConversationMapping().pseudonymise(scenario.riskyPrompt, acted, { dateOfBirth: 'placeholder' }).text : null;

  return (
    <section className="vt-presentation" ref={region} tabIndex={-1} aria-roledescription={i18n.t('training.presentation.roledescription')} aria-labelledby="vt-slide-title" data-vigie-training="presentation" data-step={step} data-scenario={scenario.id}>
      <p className="vt-counter" aria-live="polite" aria-atomic="true" data-vigie-training="step-counter">
        {i18n.t('training.presentation.counter', [String(current), String(total), String(shown.scenario + 1), String(count), stepLabel])}
      </p>
      <h2 id="vt-slide-title">{localised(scenario.title, language)}</h2>
      <div className={`vt-slide vt-slide--${step}`}>
        <p className="vt-step-label">{stepLabel}</p>
        {step === 'prompt' && <blockquote lang="fr">{scenario.riskyPrompt}</blockquote>}
        {step === 'detection' && (
          <>
            <blockquote lang="fr">{marked(scenario.riskyPrompt, acted)}</blockquote>
            <p>{result.decision.action === 'block' ? i18n.t('training.presentation.blocked') : result.decision.action === 'allow' ? i18n.t('training.presentation.allowed') : i18n.t('training.presentation.warned')}</p>
            <ul className="vt-finding-list" data-vigie-training="detected-types">
              {result.decision.reasons.map((reason) => (
                <li key={`${reason.type}-${reason.ruleLabel ?? ''}`} data-type={reason.type}>
                  {i18n.t(`types.${reason.type}`)}
                  <span className={`vt-badge vt-badge--${reason.action}`}>{i18n.t(`actions.${reason.action}`)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {step === 'explanation' && <p>{localised(scenario.why, language)}</p>}
        {step === 'rewrite' && (
          <>
            {pseudonymised && (
              <>
                <p>{i18n.t('training.presentation.pseudonymised')}</p>
                <blockquote lang="fr">{pseudonymised}</blockquote>
                <p>{i18n.t('training.presentation.orRewrite')}</p>
              </>
            )}
            <blockquote lang="fr">{scenario.rewrite}</blockquote>
          </>
        )}
      </div>
      <div className="vt-nav vt-noprint">
        <button type="button" className="vt-button" data-vigie-training="previous" disabled={current === 1} onClick={() => setPosition((value) => movePresentation(value, 'previous', count))}>
          ← {i18n.t('training.presentation.previous')}
        </button>
        <span className="vt-note">{i18n.t('training.presentation.keys')}</span>
        <button type="button" className="vt-button vt-button--primary" data-vigie-training="next" disabled={current === total} onClick={() => setPosition((value) => movePresentation(value, 'next', count))}>
          {i18n.t('training.presentation.next')} →
        </button>
      </div>
    </section>
  );
}
