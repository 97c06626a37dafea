import { useState } from 'react';
import { i18n } from '#i18n';
import { FindingList } from '@/components/finding-list';
import { PolicyProblems } from '@/components/policy-problems';
import { activatePolicy, checkPrompt } from '@/policies/active-policy';
import { AI_TOOLS } from '@/policies/ai-tools';
import { DEFAULT_POLICY } from '@/policies/defaults';
import { type ResolvedPolicy, resolvePolicy } from '@/policies/resolve-policy';
import { maskSpan } from '@/utils/detection/mask';

/** Paste a policy, validate it and try it on sample text, all locally. */
export function PolicyLab() {
  const [source, setSource] = useState(() => JSON.stringify(DEFAULT_POLICY, null, 2));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [resolved, setResolved] = useState<ResolvedPolicy | null>(null);
  const [toolId, setToolId] = useState('chatgpt');
  const [text, setText] = useState('');
  const [trial, setTrial] = useState<ReturnType<typeof checkPrompt> | null>(null);

  const validate = () => {
    setTrial(null);
    try {
      setResolved(resolvePolicy({ managed: JSON.parse(source) }));
      setJsonError(null);
    } catch (error) {
      setResolved(null);
      setJsonError((error as Error).message);
    }
  };

  return (
    <div>
      <p>{i18n.t('options.labIntro')}</p>
      <label htmlFor="vigie-lab-policy">{i18n.t('options.labPolicy')}</label>
      <textarea id="vigie-lab-policy" className="vigie-textarea vigie-code" rows={14} value={source} onChange={(event) => setSource(event.target.value)} spellCheck={false} />
      <button type="button" className="vigie-button" data-vigie-action="validate-policy" onClick={validate}>
        {i18n.t('options.labValidate')}
      </button>
      {jsonError && <p role="alert" className="vigie-verdict vigie-verdict--block">{i18n.t('options.labInvalidJson', [jsonError])}</p>}
      {resolved && (
        <>
          {resolved.problems.length === 0 ? (
            <p role="status" className="vigie-verdict vigie-verdict--allow">{i18n.t('options.labValid', [String(resolved.locked.length)])}</p>
          ) : (
            <PolicyProblems title={i18n.t('options.problemsTitle')} intro={i18n.t('options.problemsIntro')} empty="" problems={resolved.problems} />
          )}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              setTrial(checkPrompt(text, toolId, activatePolicy(resolved.policy, { alreadyChecked: true })));
            }}
          >
            <label htmlFor="vigie-lab-tool">{i18n.t('options.labTool')}</label>{' '}
            <select id="vigie-lab-tool" value={toolId} onChange={(event) => setToolId(event.target.value)}>
              {[...AI_TOOLS, ...resolved.policy.extraTools].map((tool) => (
                <option key={tool.id} value={tool.id}>
                  {tool.name}
                </option>
              ))}
            </select>
            <br />
            <label htmlFor="vigie-lab-text">{i18n.t('options.labText')}</label>
            <textarea id="vigie-lab-text" className="vigie-textarea" rows={4} value={text} onChange={(event) => setText(event.target.value)} />
            <button type="submit" className="vigie-button" data-vigie-action="try-policy">
              {i18n.t('options.labTry')}
            </button>
          </form>
          {trial && (
            <section aria-live="polite" data-vigie="lab-result" data-action={trial.decision.action}>
              <p className={`vigie-verdict vigie-verdict--${trial.decision.action === 'pseudonymise' ? 'warn' : trial.decision.action}`}>
                {i18n.t('options.labAction', [i18n.t(`actions.${trial.decision.action}`)])} — {trial.decision.enforced ? i18n.t('options.labEnforced') : i18n.t('options.labNotEnforced')}
              </p>
              <FindingList label={i18n.t('options.labText')} items={trial.findings.map((finding) => ({ label: i18n.t(`types.${finding.type}`), excerpt: maskSpan(text, finding.start, finding.end) }))} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
