import { useState } from 'react';
import { i18n } from '#i18n';
import { DATA_ACTION_RANK, type DataAction, DataActionSchema, type Policy } from '@/policies/policy-schema';
import { FINDING_TYPES, type FindingType } from '@/utils/detection/types';
import { localSettingsItem } from '@/utils/storage/items';

/**
 * The agent's own settings: stricter actions per kind of data (relaxing only when the policy
 * allows). The background validates and applies them; this form only offers what is accepted.
 */
export function LocalSettings({ policy }: { policy: Policy }) {
  const current = (type: FindingType): DataAction => policy.dataTypes[type]?.action ?? policy.defaultDataAction;
  const [choices, setChoices] = useState<Partial<Record<FindingType, DataAction>>>({});
  const [saved, setSaved] = useState(false);

  const save = async () => {
    const dataTypes = Object.fromEntries(Object.entries(choices).map(([type, action]) => [type, { action }]));
    await localSettingsItem.setValue({ dataTypes });
    setSaved(true);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p>{i18n.t('localSettings.intro')}</p>
      {policy.allowLocalRelaxation && <p>{i18n.t('localSettings.relaxAllowed')}</p>}
      <table className="vigie-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('localSettings.type')}</th>
            <th scope="col">{i18n.t('localSettings.action')}</th>
          </tr>
        </thead>
        <tbody>
          {FINDING_TYPES.map((type) => (
            <tr key={type}>
              <th scope="row">
                <label htmlFor={`vigie-local-${type}`}>{i18n.t(`types.${type}`)}</label>
              </th>
              <td>
                <select
                  id={`vigie-local-${type}`}
                  value={choices[type] ?? current(type)}
                  onChange={(event) => {
                    setSaved(false);
                    setChoices({ ...choices, [type]: event.target.value as DataAction });
                  }}
                >
                  {DataActionSchema.options.map((action) => (
                    <option key={action} value={action} disabled={!policy.allowLocalRelaxation && DATA_ACTION_RANK[action] < DATA_ACTION_RANK[current(type)]}>
                      {i18n.t(`actions.${action}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="vigie-button">
        {i18n.t('localSettings.save')}
      </button>{' '}
      <button
        type="button"
        className="vigie-button"
        onClick={() => {
          setChoices({});
          void localSettingsItem.removeValue().then(() => setSaved(true));
        }}
      >
        {i18n.t('localSettings.reset')}
      </button>
      {saved && <p role="status">{i18n.t('localSettings.saved')}</p>}
    </form>
  );
}
