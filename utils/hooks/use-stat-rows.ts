import { useCallback, useEffect, useState } from 'react';
import type { ImportRecord } from '@/utils/stats/db';
import { storageHealthSink, type StatsHealth, watchStatsHealth } from '@/utils/stats/health';
import type { StatRow } from '@/utils/stats/rows';
import { statsStore } from '@/utils/stats/browser-stats';

/** This browser's counters (from `fromDay` on), the imported exports and the database health. */
export function useStatRows(fromDay?: string) {
  const [state, setState] = useState<{ rows: StatRow[]; imports: ImportRecord[]; loaded: boolean }>({ rows: [], imports: [], loaded: false });
  const [health, setHealth] = useState<StatsHealth | null>(null);
  const reload = useCallback(async () => {
    const store = statsStore();
    const [rows, imports] = await Promise.all([store.readRows(fromDay), fromDay ? Promise.resolve([]) : store.readImports()]);
    setState({ rows, imports, loaded: true });
  }, [fromDay]);
  useEffect(() => {
    void reload();
    void storageHealthSink.read().then(setHealth, () => undefined);
    return watchStatsHealth(setHealth);
  }, [reload]);
  return { ...state, health, reload };
}
