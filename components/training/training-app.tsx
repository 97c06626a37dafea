import { useEffect, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import { loadEffectivePolicy } from '@/utils/guard/load-policy';
import { activeFromPolicy } from '@/utils/guard/prompt-guard';
import { effectivePolicyItem } from '@/utils/storage/items';
import type { Scenario } from '@/utils/training/scenario-schema';
import { allScenarios, loadImportedScenarios } from '@/utils/training/scenario-store';
import { startTrainingGuard } from '@/utils/training/training-guard';
import { TRAINING_POLICY_CHOICES, TRAINING_TOOL, trainingPolicy, type TrainingPolicyChoice } from '@/utils/training/training-policy';
import { GoodPracticeMemo } from './memo';
import { PresentationMode } from './presentation-mode';
import { QuizPanel } from './quiz-panel';
import { TrainingChat } from './training-chat';

export const TRAINING_VIEWS = ['chat', 'presentation', 'quiz', 'memo'] as const;
export type TrainingView = (typeof TRAINING_VIEWS)[number];

function viewFromHash(): TrainingView {
  const hash = location.hash.replace(/^#/, '');
  return (TRAINING_VIEWS as readonly string[]).includes(hash) ? (hash as TrainingView) : 'chat';
}

/**
 * The training page: an offline imitation of an AI chat on which the real guard runs, with a
 * presentation mode, a quiz and a printable memo. The trainer picks the policy the guard applies.
 */
export function TrainingApp({ language }: { language: 'fr' | 'en' }) {
  const [effective, setEffective] = useState<Policy>(DEFAULT_POLICY);
  const [choice, setChoice] = useState<TrainingPolicyChoice>('effective');
  const [imported, setImported] = useState<Scenario[]>([]);
  const [view, setView] = useState<TrainingView>(viewFromHash);
  const [scenarioId, setScenarioId] = useState<string | null>(null);
  const scenarios = useMemo(() => allScenarios(imported), [imported]);
  const policy = useMemo(() => trainingPolicy(choice, effective), [choice, effective]);
  const active = useMemo(() => activeFromPolicy(policy), [policy]);
  const tool = useMemo(() => ({ ...TRAINING_TOOL, name: i18n.t('training.toolName') }), []);
  const guard = useRef<ReturnType<typeof startTrainingGuard> | null>(null);

  useEffect(() => {
    guard.current = startTrainingGuard(tool, active);
    void loadEffectivePolicy().then(setEffective);
    void loadImportedScenarios().then(setImported);
    const unwatch = effectivePolicyItem.watch((record) => setEffective(record?.policy ?? DEFAULT_POLICY));
    const onHash = () => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => {
      unwatch();
      window.removeEventListener('hashchange', onHash);
      guard.current?.stop();
    };
    // The guard is started once; policy changes go through setPolicy below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => guard.current?.setPolicy(active), [active]);

  const scenario = scenarios.find((candidate) => candidate.id === scenarioId) ?? scenarios[0] ?? null;
  const show = (next: TrainingView) => {
    setView(next);
    history.replaceState(null, '', `#${next}`);
  };
  const viewLabel = (value: TrainingView) => i18n.t(`training.view.${value}`);

  return (
    <div className="vt-app">
      <header className="vt-header vt-noprint">
        <h1>{i18n.t('training.title')}</h1>
        <div>
          <label htmlFor="vt-policy">{i18n.t('training.policyLabel')}</label>
          <select id="vt-policy" className="vt-select" data-vigie-training="policy" value={choice} onChange={(event) => setChoice(event.target.value as TrainingPolicyChoice)}>
            {TRAINING_POLICY_CHOICES.map((value) => (
              <option key={value} value={value}>
                {i18n.t(`training.policy.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="vt-note" style={{ margin: 0 }}>{i18n.t('training.offline')}</p>
      </header>
      <nav className="vt-tabs vt-noprint" aria-label={i18n.t('training.viewsLabel')}>
        {TRAINING_VIEWS.map((value) => (
          <button key={value} type="button" aria-current={view === value ? 'page' : undefined} data-vigie-training={`view-${value}`} onClick={() => show(value)}>
            {viewLabel(value)}
          </button>
        ))}
      </nav>
      <main className="vt-main" aria-label={viewLabel(view)}>
        {view === 'chat' && <TrainingChat scenarios={scenarios} scenario={scenario} onScenario={setScenarioId} language={language} imported={imported} onImported={setImported} />}
        {view === 'presentation' && <PresentationMode scenarios={scenarios} active={active} language={language} onExit={() => show('chat')} />}
        {view === 'quiz' && <QuizPanel scenarios={scenarios} language={language} />}
        {view === 'memo' && <GoodPracticeMemo policy={policy} />}
      </main>
    </div>
  );
}
