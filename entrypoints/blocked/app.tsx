import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { BlockedTool } from '@/components/blocked-tool';
import { AI_TOOLS } from '@/policies/ai-tools';
import type { Policy } from '@/policies/policy-schema';
import { loadEffectivePolicy } from '@/utils/guard/load-policy';

export function App({ toolId }: { toolId: string | null }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  useEffect(() => void loadEffectivePolicy().then(setPolicy), []);
  if (!policy) return null;
  // The tool name comes from the catalogue only: the query string cannot inject text.
  const tool = [...AI_TOOLS, ...policy.extraTools].find((candidate) => candidate.id === toolId);
  const name = tool?.name ?? i18n.t('blocked.unknownTool');
  document.title = `Vigie — ${i18n.t('blocked.title', [name])}`;
  return (
    <BlockedTool
      title={i18n.t('blocked.title', [name])}
      why={i18n.t('blocked.why')}
      alternativeIntro={i18n.t('blocked.alternative')}
      alternative={policy.approvedAlternative}
      contact={i18n.t('blocked.contact', [policy.organisation.dpoContact])}
      charter={policy.organisation.aiCharterUrl ? { label: i18n.t('blocked.charter'), url: policy.organisation.aiCharterUrl } : undefined}
    />
  );
}
