import { useId, useState } from 'react';
import { i18n } from '#i18n';
import { parseScenarioFile, type Scenario, type ScenarioProblem } from '@/utils/training/scenario-schema';
import { clearImportedScenarios, mergeScenarios, saveImportedScenarios } from '@/utils/training/scenario-store';

/** Largest scenario file accepted (a few hundred scenarios). */
const MAX_FILE_BYTES = 1_000_000;

/**
 * A trainer adds their own scenarios from a JSON file: validated with the scenario schema; on any
 * problem nothing changes and every problem is listed with its path.
 */
export function ScenarioImport({ imported, onImported }: { imported: Scenario[]; onImported(scenarios: Scenario[]): void }) {
  const inputId = useId();
  const [problems, setProblems] = useState<ScenarioProblem[]>([]);
  const [message, setMessage] = useState('');

  const read = async (file: File) => {
    setProblems([]);
    setMessage('');
    if (file.size > MAX_FILE_BYTES) {
      setProblems([{ path: '(file)', message: i18n.t('training.import.tooLarge') }]);
      return;
    }
    const result = parseScenarioFile(await file.text());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    const merged = mergeScenarios(imported, result.scenarios);
    try {
      await saveImportedScenarios(merged);
    } catch {
      setProblems([{ path: '(storage)', message: i18n.t('training.import.storageFailed') }]);
      return;
    }
    onImported(merged);
    setMessage(i18n.t('training.import.done', result.scenarios.length));
  };

  return (
    <div className="vt-import">
      <label htmlFor={inputId}>{i18n.t('training.import.label')}</label>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        data-vigie-training="import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void read(file);
        }}
      />
      <p className="vt-note">{i18n.t('training.import.hint')}</p>
      <div aria-live="polite">
        {message && <p data-vigie-training="import-done">{message}</p>}
        {problems.length > 0 && (
          <div role="alert" className="vt-problems" data-vigie-training="import-problems">
            <p>{i18n.t('training.import.problems', problems.length)}</p>
            <ul>
              {problems.slice(0, 50).map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> : {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {imported.length > 0 && (
        <button
          type="button"
          className="vt-button"
          onClick={() => {
            void clearImportedScenarios().then(() => {
              onImported([]);
              setMessage(i18n.t('training.import.cleared'));
            });
          }}
        >
          {i18n.t('training.import.clear', imported.length)}
        </button>
      )}
    </div>
  );
}
