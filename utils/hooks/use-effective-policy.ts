import { useEffect, useState } from 'react';
import { effectivePolicyItem } from '@/utils/storage/items';
import type { EffectivePolicyRecord } from '@/utils/storage/policy-records';

/** The effective policy record the background stored, kept up to date; null until read or when absent. */
export function useEffectivePolicy(): { record: EffectivePolicyRecord | null; loaded: boolean } {
  const [state, setState] = useState<{ record: EffectivePolicyRecord | null; loaded: boolean }>({ record: null, loaded: false });
  useEffect(() => {
    let active = true;
    void effectivePolicyItem.get().then((record) => active && setState({ record, loaded: true }));
    const unwatch = effectivePolicyItem.watch((record) => setState({ record, loaded: true }));
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return state;
}
