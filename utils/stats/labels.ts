import { i18n } from '#i18n';
import { AI_TOOLS } from '@/policies/ai-tools';
import type { Policy } from '@/policies/policy-schema';
import { FINDING_TYPES } from '@/utils/detection/types';

/** Human labels for the ids stored in counters (UI only). */

export function eventLabel(event: string): string {
  const key = event.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());
  const known = ['sentClean', 'modified', 'pseudonymised', 'sentAnyway', 'cancelled', 'blocked', 'observed', 'netBlocked', 'failedClosed', 'toolBlocked', 'falseAlarm'] as const;
  return (known as readonly string[]).includes(key) ? i18n.t(`events.${key as (typeof known)[number]}`) : event;
}

export function toolLabel(tool: string, policy?: Policy): string {
  return [...AI_TOOLS, ...(policy?.extraTools ?? [])].find((candidate) => candidate.id === tool)?.name ?? tool;
}

export function typeLabel(type: string): string {
  return (FINDING_TYPES as readonly string[]).includes(type) ? i18n.t(`types.${type as (typeof FINDING_TYPES)[number]}`) : type;
}

export function reasonLabel(reason: string, policy?: Policy): string {
  const found = policy?.sendAnyway.reasons.find((candidate) => candidate.id === reason);
  if (!found) return reason;
  return document.documentElement.lang === 'en' && found.label.en ? found.label.en : found.label.fr;
}
