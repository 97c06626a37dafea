import { z } from 'zod';
import { FindingTypeSchema } from '@/policies/policy-schema';

/**
 * A training scenario: a risky prompt a trainee types into the training chat, what Vigie finds in
 * it, why it matters, and the good-practice version. Scenarios are data (JSON files in
 * utils/training/scenarios/ or imported by a trainer), validated with this schema on every read.
 * All personal data in them is fictitious.
 */

/** The département's fields of work, for grouping scenarios. Trainers may use `other`. */
export const SCENARIO_DOMAINS = [
  'child-protection',
  'social-action',
  'autonomy',
  'disability',
  'hr',
  'finance',
  'roads',
  'colleges',
  'it-support',
  'procurement',
  'elected-officials',
  'other',
] as const;
export const ScenarioDomainSchema = z.enum(SCENARIO_DOMAINS);
export type ScenarioDomain = z.infer<typeof ScenarioDomainSchema>;

/** French first (required), English when the trainer provides it. */
export const LocalisedTextSchema = z
  .object({
    fr: z.string().trim().min(1).max(2_000),
    en: z.string().trim().min(1).max(2_000).optional(),
  })
  .strict();
export type LocalisedText = z.infer<typeof LocalisedTextSchema>;

/** What the trainee should do instead: write the request differently, or let Vigie pseudonymise it. */
export const GoodPracticeSchema = z.enum(['rewrite', 'pseudonymise']);

/** Token of a prepared answer replaced by the placeholders found in the text that was sent. */
export const PLACEHOLDERS_TOKEN = '{placeholders}';

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)').max(60),
    domain: ScenarioDomainSchema,
    title: LocalisedTextSchema,
    /** The prompt as a hurried agent would write it (French, fictitious data). */
    riskyPrompt: z.string().trim().min(1).max(5_000),
    /** Kinds of data Vigie must find in the risky prompt under the default policy. */
    expectedTypes: z.array(FindingTypeSchema).min(1).max(21).refine((types) => new Set(types).size === types.length, 'must not repeat a type'),
    /** Why it matters, in two or three sentences (RGPD, CNIL, AI Act, professional secrecy). */
    why: LocalisedTextSchema,
    goodPractice: GoodPracticeSchema.default('rewrite'),
    /** The same request written safely: passes the default policy. */
    rewrite: z.string().trim().min(1).max(5_000),
    /** The training chat's prepared answer; `{placeholders}` lists the placeholders of the sent text. */
    answer: LocalisedTextSchema,
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

const ScenarioListSchema = z
  .array(ScenarioSchema)
  .min(1)
  .max(200)
  .refine((scenarios) => new Set(scenarios.map((scenario) => scenario.id)).size === scenarios.length, 'scenario ids must be unique');

/** A list of scenarios as stored (storage.local) or imported: ids unique. */
export const ScenarioListStoredSchema = z.array(ScenarioSchema).max(500);

export interface ScenarioProblem {
  /** Where the problem is, e.g. `scenarios[2].expectedTypes[0]`. */
  readonly path: string;
  readonly message: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = 'scenarios';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/**
 * Parses a trainer's file (JSON text): one scenario, a list, or `{ "scenarios": [...] }`.
 * Never throws: returns the scenarios, or every problem with its path (`scenarios[1].why.fr`).
 */
export function parseScenarioFile(text: string): { ok: true; scenarios: Scenario[] } | { ok: false; problems: ScenarioProblem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: '(file)', message: 'not valid JSON' }] };
  }
  // Shape chosen from the input, so that problems point into the shape the trainer meant.
  const list = Array.isArray(raw) ? raw : raw && typeof raw === 'object' && 'scenarios' in raw && Object.keys(raw).length === 1 ? (raw as { scenarios: unknown }).scenarios : [raw];
  const parsed = ScenarioListSchema.safeParse(list);
  if (parsed.success) return { ok: true, scenarios: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}
