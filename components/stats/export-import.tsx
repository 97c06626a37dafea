import { useState } from 'react';
import { i18n } from '#i18n';
import { statsStore } from '@/utils/stats/browser-stats';
import type { ImportRecord } from '@/utils/stats/db';
import { buildExport, exportToCsv, exportToJson, idsOf, ImportError, MAX_IMPORT_BYTES, parseExport } from '@/utils/stats/export';
import { dayOf, type StatRow } from '@/utils/stats/rows';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function importErrorText(error: unknown): string {
  if (!(error instanceof ImportError)) return i18n.t('stats.errorNotAnExport');
  switch (error.reason) {
    case 'too-large':
      return i18n.t('stats.errorTooLarge');
    case 'wrong-version':
      return i18n.t('stats.errorWrongVersion', [error.detail]);
    case 'invalid-rows':
      return i18n.t('stats.errorInvalidRows', [error.detail]);
    case 'mixed-exports':
      return i18n.t('stats.errorMixedExports', [error.detail]);
    case 'empty':
      return i18n.t('stats.errorEmpty');
    default:
      return i18n.t('stats.errorNotAnExport');
  }
}

/** Export of the view shown (JSON, CSV) and import of exports into the organisation view. */
export function ExportImport({ rows, contains, hasImports, onChanged }: { rows: StatRow[]; contains: ImportRecord[]; hasImports: boolean; onChanged: () => void }) {
  const [messages, setMessages] = useState<Array<{ text: string; ok: boolean }>>([]);
  const exportAs = (kind: 'json' | 'csv') => {
    const day = dayOf(Date.now());
    const data = buildExport(rows, crypto.randomUUID(), day, contains.flatMap(idsOf));
    if (kind === 'json') download(`vigie-stats-${day}.json`, 'application/json', exportToJson(data));
    else download(`vigie-stats-${day}.csv`, 'text/csv', exportToCsv(data));
  };
  const importFiles = async (files: FileList | null) => {
    const results: Array<{ text: string; ok: boolean }> = [];
    for (const file of Array.from(files ?? [])) {
      // The file name is shown back only to the person importing, never stored.
      try {
        // Refused before reading: a huge file must not be loaded into memory to find out.
        if (file.size > MAX_IMPORT_BYTES) throw new ImportError('too-large');
        const data = parseExport(await file.text());
        const added = await statsStore().addImport({ exportId: data.exportId, contains: data.contains, rows: data.rows, importedAt: Date.now() });
        results.push(added ? { text: i18n.t('stats.importDone', [file.name, String(data.rows.length)]), ok: true } : { text: i18n.t('stats.importDuplicate', [file.name]), ok: false });
      } catch (error) {
        results.push({ text: i18n.t('stats.importFailed', [file.name, importErrorText(error)]), ok: false });
      }
    }
    setMessages(results);
    onChanged();
  };
  return (
    <section className="vigie-stats-section" aria-labelledby="vigie-export-title">
      <h2 id="vigie-export-title">{i18n.t('stats.exportTitle')}</h2>
      <p>{i18n.t('stats.exportIntro')}</p>
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" className="vigie-button" onClick={() => exportAs('json')} data-vigie-action="export-json">
          {i18n.t('stats.exportJson')}
        </button>
        <button type="button" className="vigie-button" onClick={() => exportAs('csv')} data-vigie-action="export-csv">
          {i18n.t('stats.exportCsv')}
        </button>
      </p>
      <p>
        <label htmlFor="vigie-stats-import">{i18n.t('stats.importLabel')}</label>{' '}
        <input id="vigie-stats-import" type="file" multiple accept=".json,.csv,application/json,text/csv" onChange={(event) => {
            const input = event.currentTarget;
            void importFiles(input.files).finally(() => (input.value = ''));
          }} />
      </p>
      <ul aria-live="polite" data-vigie="import-messages">
        {messages.map((message, index) => (
          <li key={index} className={`vigie-verdict vigie-verdict--${message.ok ? 'allow' : 'warn'}`} data-ok={message.ok}>
            {message.text}
          </li>
        ))}
      </ul>
      {hasImports && (
        <button type="button" className="vigie-button vigie-button--secondary" onClick={() => void statsStore().removeImports().then(onChanged)}>
          {i18n.t('stats.removeImports')}
        </button>
      )}
    </section>
  );
}
