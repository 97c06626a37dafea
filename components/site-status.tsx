import { i18n } from '#i18n';
import { AI_TOOLS } from '@/policies/ai-tools';
import type { SiteStatusEntry, SiteStatuses } from '@/utils/storage/site-status';

const toolName = (id: string): string => AI_TOOLS.find((tool) => tool.id === id)?.name ?? id;
const adapterName = (id: string): string => (id === 'generic' ? i18n.t('siteStatus.genericAdapter') : toolName(id));

/** One line for the popup: the adapter in use and its composer, or a clear notice on fallback. */
export function SiteStatusLine({ entry }: { entry: SiteStatusEntry | null }) {
  if (!entry) {
    return (
      <p data-vigie="site-status" data-mode="none">
        {i18n.t('siteStatus.popupNone')}
      </p>
    );
  }
  const name = toolName(entry.tool);
  const text =
    entry.mode === 'adapter'
      ? entry.composerFound
        ? i18n.t('siteStatus.popupActive', [name])
        : i18n.t('siteStatus.popupActiveNoComposer', [name])
      : entry.mode === 'generic-fallback'
        ? i18n.t('siteStatus.popupFallback', [name])
        : i18n.t('siteStatus.popupNetOnly', [name]);
  const warning = entry.mode !== 'adapter';
  return (
    <p
      data-vigie="site-status"
      data-mode={entry.mode}
      data-adapter={entry.adapter}
      role={warning ? 'alert' : 'status'}
      className={warning ? 'vigie-verdict vigie-verdict--warn' : 'vigie-verdict vigie-verdict--allow'}
    >
      {text}
    </p>
  );
}

const modeLabel = (mode: SiteStatusEntry['mode']) => (mode === 'adapter' ? i18n.t('siteStatus.modeAdapter') : mode === 'generic-fallback' ? i18n.t('siteStatus.modeGeneric') : i18n.t('siteStatus.modeNet'));

/** The options page's table of open AI tabs (no address: tool id only). */
export function SiteStatusTable({ statuses }: { statuses: SiteStatuses }) {
  const rows = Object.entries(statuses).sort(([, a], [, b]) => a.tool.localeCompare(b.tool));
  return (
    <>
      <p>{i18n.t('siteStatus.intro')}</p>
      {rows.length === 0 ? (
        <p data-vigie="site-status-empty">{i18n.t('siteStatus.empty')}</p>
      ) : (
        <table className="vigie-table" data-vigie="site-status-table">
          <thead>
            <tr>
              <th scope="col">{i18n.t('siteStatus.colTool')}</th>
              <th scope="col">{i18n.t('siteStatus.colAdapter')}</th>
              <th scope="col">{i18n.t('siteStatus.colComposer')}</th>
              <th scope="col">{i18n.t('siteStatus.colMode')}</th>
              <th scope="col">{i18n.t('siteStatus.colUpdated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([tabId, entry]) => (
              <tr key={tabId} data-tool={entry.tool} data-mode={entry.mode}>
                <th scope="row">{toolName(entry.tool)}</th>
                <td>{adapterName(entry.adapter)}</td>
                <td>{entry.composerFound ? i18n.t('siteStatus.found') : i18n.t('siteStatus.notFound')}</td>
                <td>
                  {entry.mode === 'adapter' ? modeLabel(entry.mode) : <strong>{modeLabel(entry.mode)}</strong>}
                </td>
                <td>{new Date(entry.updatedAt).toLocaleTimeString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
