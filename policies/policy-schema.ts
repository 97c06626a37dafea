import { z } from 'zod';
import { FINDING_TYPES } from '@/utils/detection/types';

/**
 * The policy the DSISN sets, version 1. Every field is documented for administrators in
 * policies/README.md; `managed-schema.json` is the browser's copy of this schema, kept in step by
 * tests/unit/policies/managed-schema.parity.test.ts.
 *
 * Limits (string lengths, list sizes) are part of the schema: a hostile or broken policy must not
 * be able to freeze the browser or fill its storage.
 */

export const SCHEMA_VERSION = 1;

export const FindingTypeSchema = z.enum(FINDING_TYPES);

/** What happens to a prompt containing a kind of data. Ordered from least to most strict. */
export const DataActionSchema = z.enum(['allow', 'warn', 'pseudonymise', 'block']);
export type DataAction = z.infer<typeof DataActionSchema>;
export const DATA_ACTION_RANK: Readonly<Record<DataAction, number>> = { allow: 0, warn: 1, pseudonymise: 2, block: 3 };

/** What an agent may do with an AI tool. */
export const ToolAccessSchema = z.enum(['allowed', 'guarded', 'blocked']);
export type ToolAccess = z.infer<typeof ToolAccessSchema>;

/** `observe` stops nothing: the agent sees a discreet notice and statistics count what would have happened. */
export const ModeSchema = z.enum(['enforce', 'observe']);
export type Mode = z.infer<typeof ModeSchema>;

const ScoreSchema = z.number().min(0).max(1);
/** An absolute https URL with a host. */
export const HttpsUrlPattern = /^https:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;
const HttpsUrlSchema = z
  .string()
  .max(2048)
  .url()
  .regex(HttpsUrlPattern, 'must be an https:// URL');
const LabelSchema = z.string().trim().min(1).max(120);
const LocalizedTextSchema = z.object({ fr: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300).optional() }).strict();

export const DataRuleSchema = z
  .object({
    action: DataActionSchema,
    /** Findings of this type below this confidence are ignored (default: `defaultMinScore`). */
    minScore: ScoreSchema.optional(),
  })
  .strict();
export type DataRule = z.infer<typeof DataRuleSchema>;

export const ToolIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case tool id').max(40);

export const ToolRuleSchema = z
  .object({
    access: ToolAccessSchema,
    /** Overrides the global mode for this tool, to roll out site by site. */
    mode: ModeSchema.optional(),
  })
  .strict();

export const ExtraToolSchema = z
  .object({
    id: z.string().regex(/^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must start with "custom-" and be kebab-case').max(40),
    name: LabelSchema,
    hosts: z.array(z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/, 'must be a lower-case host name')).min(1).max(10),
    pathPrefix: z.string().regex(/^\/[\w\-/]{0,100}$/).optional(),
  })
  .strict();

const CustomRuleBase = {
  /** Stable id, shown in statistics as `custom-<id>`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case').max(40),
  /** Shown to the agent in warnings. */
  label: LabelSchema,
  /** The kind of data the rule finds (default CUSTOM). */
  type: FindingTypeSchema.default('CUSTOM'),
  action: DataActionSchema,
};

export const KeywordRuleSchema = z
  .object({
    ...CustomRuleBase,
    kind: z.literal('keywords'),
    /** Whole words or phrases, compared without case or accents. */
    words: z.array(z.string().trim().min(2).max(100)).min(1).max(500),
  })
  .strict();

export const MAX_REGEX_LENGTH = 300;
export const RegexRuleSchema = z
  .object({
    ...CustomRuleBase,
    kind: z.literal('regex'),
    /** JavaScript regular expression source; checked at load time (length, flags, dangerous shapes, timing). */
    pattern: z.string().min(1).max(MAX_REGEX_LENGTH),
    /** Only `i` and `u` are accepted. */
    flags: z.string().regex(/^(?!.*(.).*\1)[iu]*$/, 'only the flags "i" and "u" are allowed, each once').default('u'),
  })
  .strict();

export const HashedTermsRuleSchema = z
  .object({
    ...CustomRuleBase,
    kind: z.literal('hashed-terms'),
    algorithm: z.literal('sha256'),
    /** Optional salt prepended to each normalised term before hashing. */
    salt: z.string().max(64).default(''),
    /** Lower-case hex SHA-256 of each normalised term (see policies/README.md for the normalisation). */
    hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256')).min(1).max(50_000),
    /** Longest term, in words. */
    maxWords: z.number().int().min(1).max(6).default(3),
  })
  .strict();

export const CustomRuleSchema = z.discriminatedUnion('kind', [KeywordRuleSchema, RegexRuleSchema, HashedTermsRuleSchema]);
export type CustomRule = z.infer<typeof CustomRuleSchema>;

export const SendAnywayReasonSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40),
    label: LocalizedTextSchema,
  })
  .strict();

export const PolicySchema = z
  .object({
    /** Format of this document. Only 1 exists. */
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The organisation's own label for this policy (recorded with statistics). */
    policyVersion: z.string().regex(/^[\w.:-]{1,64}$/, 'letters, digits, "_", ".", ":" and "-" only, at most 64'),
    /** enforce: warnings and blocks apply; observe: nothing is stopped, a notice is shown and counted. */
    mode: ModeSchema,
    /** Action per kind of data. Types left out use `defaultDataAction`. */
    dataTypes: z.partialRecord(FindingTypeSchema, DataRuleSchema),
    defaultDataAction: DataActionSchema,
    /** Findings below this confidence are ignored unless a type sets its own `minScore`. */
    defaultMinScore: ScoreSchema,
    /** Access per AI tool id (built-in catalogue or `extraTools`). */
    tools: z.record(ToolIdSchema, ToolRuleSchema),
    /** Access for catalogue tools the policy does not list. */
    defaultToolAccess: ToolAccessSchema,
    /** AI tools of the organisation's own choosing, guarded like the built-in ones. */
    extraTools: z.array(ExtraToolSchema).max(50),
    /** Where the blocked-tool page sends agents. */
    approvedAlternative: z.object({ name: LabelSchema, url: HttpsUrlSchema }).strict(),
    customRules: z.array(CustomRuleSchema).max(100),
    organisation: z
      .object({
        name: LabelSchema,
        dpoContact: z.string().trim().min(3).max(200),
        aiCharterUrl: HttpsUrlSchema.optional(),
        /** A short message added to every warning. */
        warningMessage: LocalizedTextSchema.optional(),
      })
      .strict(),
    sendAnyway: z
      .object({
        /** Action levels at which "send anyway" is offered. Never offered on `block` unless listed. */
        allowedFor: z.array(z.enum(['warn', 'pseudonymise', 'block'])).max(3),
        /** A reason from `reasons` must be chosen. */
        reasonRequired: z.boolean(),
        reasons: z.array(SendAnywayReasonSchema).min(1).max(12),
      })
      .strict(),
    /** Whether an agent may relax a rule on their own browser (stricter local choices are always allowed). */
    allowLocalRelaxation: z.boolean(),
    statistics: z
      .object({
        retentionDays: z.number().int().min(1).max(3650),
        /** Optional HTTPS endpoint receiving daily aggregates. */
        reportingEndpoint: HttpsUrlSchema.optional(),
        /** Counts below this are suppressed or bucketed in reports. */
        reportingMinCount: z.number().int().min(1).max(1000),
      })
      .strict(),
    /** Files dropped or picked on AI pages: what happens to those Vigie cannot read, and the largest it reads. */
    attachments: z
      .object({
        /** pdf, images, archives, files over `maxBytes` or unreadable: let through, warn (agent chooses) or block. */
        uncheckedFiles: z.enum(['allow', 'warn', 'block']),
        /** Largest file read and checked locally, in bytes (1 KiB..50 MiB); bigger files count as unchecked. */
        maxBytes: z.number().int().min(1024).max(50 * 1024 * 1024),
      })
      .strict(),
    /** HTTPS address of the full policy, fetched by the background (only honoured from managed storage). */
    policyUrl: HttpsUrlSchema.optional(),
    /** How often the policy URL is fetched again, in minutes. */
    refreshMinutes: z.number().int().min(15).max(10_080),
    /** "Pseudonymise and send": how dates of birth are replaced, how long a tab keeps its mapping. */
    pseudonymisation: z
      .object({
        /** placeholder: `[DATE_NAISSANCE_1]` (restored in answers); ageBracket: `[ÂGE_30-39_ANS]` (never restored). */
        dateOfBirth: z.enum(['placeholder', 'ageBracket']).default('ageBracket'),
        /** Minutes without use after which a tab forgets its mapping (it is always forgotten when the tab closes). */
        mappingTtlMinutes: z.number().int().min(5).max(1440).default(240),
      })
      .strict(),
  })
  .strict();

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
export type PolicyKey = keyof Policy;
export const POLICY_KEYS = Object.keys(PolicySchema.shape) as PolicyKey[];
