import { z } from 'zod';
import { compileCustomRules } from './custom-rules';
import { DEFAULT_POLICY } from './defaults';
import {
  CustomRuleSchema,
  DATA_ACTION_RANK,
  DataRuleSchema,
  ExtraToolSchema,
  type Policy,
  type PolicyKey,
  POLICY_KEYS,
  PolicySchema,
  SCHEMA_VERSION,
  ToolIdSchema,
  ToolRuleSchema,
  FindingTypeSchema,
} from './policy-schema';

/**
 * Resolves the effective policy from its sources, one field at a time:
 *   1. managed storage (enterprise policy) — locked;
 *   2. the document at the managed `policyUrl` — locked;
 *   3. local settings, only where the policy allows (stricter choices always, relaxing only with
 *      `allowLocalRelaxation`);
 *   4. the embedded default.
 * A field that fails validation is never silently dropped: it is reported with its path and the
 * last valid value (or the default) stays in force. A source that is not an object, is too large
 * or too deep, or has another `schemaVersion`, is rejected whole.
 */

export type PolicySource = 'managed' | 'remote' | 'local' | 'default' | 'last-valid';

export interface PolicyProblem {
  readonly source: 'managed' | 'remote' | 'local';
  /** Dotted path of the field, e.g. `tools.chatgpt.access`; empty for the whole document. */
  readonly path: string;
  readonly message: string;
}

export interface PolicyInputs {
  readonly managed?: unknown;
  readonly remote?: unknown;
  readonly local?: unknown;
  /** The last effective policy, used where a source gives an invalid value. */
  readonly lastValid?: Policy | null;
}

export interface ResolvedPolicy {
  readonly policy: Policy;
  /** Where each top-level field comes from. */
  readonly sources: Readonly<Record<PolicyKey, PolicySource>>;
  /** Fields set by the organisation (managed or remote): agents cannot change them. */
  readonly locked: readonly PolicyKey[];
  readonly problems: readonly PolicyProblem[];
}

/** Fields an agent may set locally (subject to `allowLocalRelaxation`). */
export const LOCAL_KEYS = ['dataTypes', 'tools'] as const satisfies readonly PolicyKey[];

const MAX_DEPTH = 12;
const MAX_NODES = 200_000;

/** Rejects inputs that would be costly to walk (deep nesting, huge arrays) before zod sees them. */
export function checkShape(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++nodes > MAX_NODES) return `too large (more than ${MAX_NODES} values)`;
    if (depth > MAX_DEPTH) return `too deeply nested (more than ${MAX_DEPTH} levels)`;
    if (typeof node === 'string' && node.length > 100_000) return 'contains a string longer than 100,000 characters';
    if (node !== null && typeof node === 'object') for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return null;
}

function formatIssues(error: z.ZodError, prefix: string): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

type Source = 'managed' | 'remote' | 'local';

/** Validates the document of one source as a whole; returns its fields as a plain record or null. */
function readSource(source: Source, raw: unknown, problems: PolicyProblem[]): Record<string, unknown> | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, path: '', message: 'the policy must be a JSON object; the whole document is ignored' });
    return null;
  }
  const shapeProblem = checkShape(raw);
  if (shapeProblem) {
    problems.push({ source, path: '', message: `the policy is ${shapeProblem}; the whole document is ignored` });
    return null;
  }
  const record = raw as Record<string, unknown>;
  if ('schemaVersion' in record && record.schemaVersion !== SCHEMA_VERSION) {
    problems.push({ source, path: 'schemaVersion', message: `schemaVersion ${JSON.stringify(record.schemaVersion)} is not supported (expected ${SCHEMA_VERSION}); the whole document is ignored` });
    return null;
  }
  for (const key of Object.keys(record)) {
    if (!(POLICY_KEYS as string[]).includes(key)) problems.push({ source, path: key, message: 'unknown field, ignored' });
  }
  return record;
}

/** Validates one entry of a record field; reports and returns undefined when invalid. */
function validEntry<T>(schema: z.ZodType<T>, value: unknown, source: Source, path: string, problems: PolicyProblem[]): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of formatIssues(parsed.error, path)) problems.push({ source, ...issue });
  return undefined;
}

function mergeRecordField<T>(
  key: 'dataTypes' | 'tools',
  keySchema: z.ZodType<string>,
  entrySchema: z.ZodType<T>,
  base: Record<string, T>,
  fallback: Record<string, T>,
  value: unknown,
  source: Source,
  problems: PolicyProblem[],
  accept: (id: string, entry: T) => boolean = () => true,
): Record<string, T> | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ source, path: key, message: 'expected an object; the last valid value stays in force' });
    return undefined;
  }
  const merged: Record<string, T> = { ...base };
  for (const [id, entryValue] of Object.entries(value)) {
    if (!keySchema.safeParse(id).success) {
      problems.push({ source, path: `${key}.${id}`, message: key === 'dataTypes' ? `unknown data type; expected one of ${FindingTypeSchema.options.join(', ')}` : 'invalid tool id (kebab-case expected)' });
      continue;
    }
    const entry = validEntry(entrySchema, entryValue, source, `${key}.${id}`, problems);
    if (entry === undefined) {
      if (fallback[id] !== undefined) merged[id] = fallback[id];
      continue;
    }
    if (accept(id, entry)) merged[id] = entry;
  }
  return merged;
}

function validateList<T>(key: 'customRules' | 'extraTools', schema: z.ZodType<T>, max: number, value: unknown, source: Source, problems: PolicyProblem[]): T[] | undefined {
  if (!Array.isArray(value)) {
    problems.push({ source, path: key, message: 'expected a list; the last valid value stays in force' });
    return undefined;
  }
  if (value.length > max) {
    problems.push({ source, path: key, message: `too many items (${value.length}, at most ${max}); the last valid value stays in force` });
    return undefined;
  }
  const items: T[] = [];
  value.forEach((item, index) => {
    const entry = validEntry(schema, item, source, `${key}.${index}`, problems);
    if (entry !== undefined) items.push(entry);
  });
  return items;
}

export function resolvePolicy(inputs: PolicyInputs): ResolvedPolicy {
  const problems: PolicyProblem[] = [];
  const lastValid = inputs.lastValid ?? null;
  const fallbackOf = <K extends PolicyKey>(key: K): Policy[K] => (lastValid ? lastValid[key] : DEFAULT_POLICY[key]);
  const managed = readSource('managed', inputs.managed, problems);
  // A policy URL is only honoured from managed storage; the remote document cannot redirect itself.
  const remote = readSource('remote', inputs.remote, problems);
  if (remote && 'policyUrl' in remote) problems.push({ source: 'remote', path: 'policyUrl', message: 'ignored: only the managed policy may set the policy URL' });
  const local = readSource('local', inputs.local, problems);

  const policy: Record<string, unknown> = {};
  const sources = {} as Record<PolicyKey, PolicySource>;
  const locked: PolicyKey[] = [];

  for (const key of POLICY_KEYS) {
    let resolved = false;
    for (const [source, document] of [['managed', managed], ['remote', remote]] as const) {
      if (!document || !(key in document) || resolved) continue;
      if (source === 'remote' && key === 'policyUrl') continue;
      const value = document[key];
      let result: unknown;
      if (key === 'dataTypes' || key === 'tools') {
        const base = (policy[key] as Record<string, unknown> | undefined) ?? (DEFAULT_POLICY[key] as Record<string, unknown>);
        result =
          key === 'dataTypes'
            ? mergeRecordField(key, FindingTypeSchema, DataRuleSchema, base as Policy['dataTypes'] & Record<string, never>, fallbackOf(key) as Record<string, never>, value, source, problems)
            : mergeRecordField(key, ToolIdSchema, ToolRuleSchema, base as Policy['tools'], fallbackOf(key), value, source, problems);
      } else if (key === 'customRules') {
        result = validateList(key, CustomRuleSchema, 100, value, source, problems);
      } else if (key === 'extraTools') {
        result = validateList(key, ExtraToolSchema, 50, value, source, problems);
      } else {
        const parsed = PolicySchema.shape[key].safeParse(value);
        if (parsed.success) result = parsed.data;
        else for (const issue of formatIssues(parsed.error, key)) problems.push({ source, ...issue, message: `${issue.message}; the last valid value stays in force` });
      }
      if (result === undefined) {
        policy[key] = fallbackOf(key);
        sources[key] = lastValid ? 'last-valid' : 'default';
      } else {
        policy[key] = result;
        sources[key] = source;
      }
      locked.push(key);
      resolved = true;
    }
    if (!resolved) {
      policy[key] = DEFAULT_POLICY[key];
      sources[key] = 'default';
    }
  }

  // Compile custom rules: a rule that fails the safety checks is dropped and reported, the others apply.
  const compiled = compileCustomRules(policy.customRules as Policy['customRules']);
  if (compiled.problems.length > 0) {
    for (const problem of compiled.problems) problems.push({ source: sources.customRules === 'remote' ? 'remote' : 'managed', path: `customRules.${problem.index}.pattern`, message: problem.message });
    const refused = new Set(compiled.problems.map((problem) => problem.index));
    policy.customRules = (policy.customRules as Policy['customRules']).filter((_rule, index) => !refused.has(index));
  }

  applyLocalSettings(policy as Policy, local, sources, locked, problems);

  // Final safety net: the assembled policy must satisfy the whole schema; otherwise keep the last valid one.
  const final = PolicySchema.safeParse(policy);
  if (!final.success) {
    for (const issue of formatIssues(final.error, '')) problems.push({ source: 'managed', ...issue, message: `${issue.message}; the last valid policy stays in force` });
    return { policy: lastValid ?? DEFAULT_POLICY, sources: Object.fromEntries(POLICY_KEYS.map((key) => [key, lastValid ? 'last-valid' : 'default'])) as Record<PolicyKey, PolicySource>, locked, problems };
  }
  return { policy: final.data, sources, locked, problems };
}

const TOOL_ACCESS_RANK = { allowed: 0, guarded: 1, blocked: 2 } as const;

/**
 * Local settings: an agent may always make a rule stricter; relaxing needs `allowLocalRelaxation`.
 * Fields outside LOCAL_KEYS are refused with a problem.
 */
function applyLocalSettings(policy: Policy, local: Record<string, unknown> | null, sources: Record<PolicyKey, PolicySource>, locked: PolicyKey[], problems: PolicyProblem[]): void {
  if (!local) return;
  for (const key of Object.keys(local)) {
    if ((POLICY_KEYS as string[]).includes(key) && !(LOCAL_KEYS as readonly string[]).includes(key) && key !== 'schemaVersion') {
      problems.push({ source: 'local', path: key, message: 'cannot be set locally, ignored' });
    }
  }
  const relax = policy.allowLocalRelaxation;
  if ('dataTypes' in local) {
    const merged = mergeRecordField('dataTypes', FindingTypeSchema, DataRuleSchema, policy.dataTypes as Record<string, never>, {}, local.dataTypes, 'local', problems, (id, entry: { action: keyof typeof DATA_ACTION_RANK }) => {
      const current = policy.dataTypes[id as keyof Policy['dataTypes']]?.action ?? policy.defaultDataAction;
      const stricter = DATA_ACTION_RANK[entry.action] >= DATA_ACTION_RANK[current];
      if (!stricter && !relax) problems.push({ source: 'local', path: `dataTypes.${id}.action`, message: 'relaxing a rule locally is not allowed by the organisation, ignored' });
      return stricter || relax;
    });
    if (merged) {
      policy.dataTypes = merged as Policy['dataTypes'];
      if (!locked.includes('dataTypes')) sources.dataTypes = 'local';
    }
  }
  if ('tools' in local) {
    const merged = mergeRecordField('tools', ToolIdSchema, ToolRuleSchema, policy.tools, {}, local.tools, 'local', problems, (id, entry) => {
      const current = policy.tools[id]?.access ?? policy.defaultToolAccess;
      const stricter = TOOL_ACCESS_RANK[entry.access] >= TOOL_ACCESS_RANK[current] && (entry.mode ?? 'enforce') === 'enforce';
      if (!stricter && !relax) problems.push({ source: 'local', path: `tools.${id}`, message: 'relaxing a rule locally is not allowed by the organisation, ignored' });
      return stricter || relax;
    });
    if (merged) {
      policy.tools = merged;
      if (!locked.includes('tools')) sources.tools = 'local';
    }
  }
}

/** "path: message" lines, as the CLI, popup and options page show them. */
export function formatProblem(problem: PolicyProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}
