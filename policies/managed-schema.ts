import { z } from 'zod';
import { POLICY_FIELD_DOCS } from './field-docs';
import { type PolicyKey, PolicySchema } from './policy-schema';

/**
 * Chrome's `storage.managed_schema` (a draft-03 subset: type, properties, items,
 * additionalProperties, title, description), derived from the zod schema.
 *
 * Deliberately loose: types and structure only, no enums, patterns or bounds. Chrome silently drops
 * a key that fails its schema, whereas Vigie's own validation reports the problem with its path and
 * keeps the last valid value; so Chrome should let values through and zod should judge them.
 */
type JsonSchema = { [key: string]: unknown };

function simplify(node: JsonSchema): JsonSchema {
  const variants = (node.oneOf ?? node.anyOf) as JsonSchema[] | undefined;
  if (variants) {
    // Discriminated unions (custom rules): one object with the union of the variants' properties.
    const properties: Record<string, JsonSchema> = {};
    for (const variant of variants) Object.assign(properties, (simplify(variant).properties as Record<string, JsonSchema>) ?? {});
    return { type: 'object', properties };
  }
  if (node.const !== undefined) return { type: typeof node.const === 'number' ? 'integer' : typeof node.const };
  const type = node.type as string;
  if (type === 'object') {
    const out: JsonSchema = { type: 'object' };
    if (node.properties) {
      out.properties = Object.fromEntries(Object.entries(node.properties as Record<string, JsonSchema>).map(([key, child]) => [key, simplify(child)]));
    }
    if (node.additionalProperties && typeof node.additionalProperties === 'object') out.additionalProperties = simplify(node.additionalProperties as JsonSchema);
    return out;
  }
  if (type === 'array') return { type: 'array', items: simplify(node.items as JsonSchema) };
  return { type };
}

export function buildManagedSchema(): JsonSchema {
  const json = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const properties = json.properties as Record<PolicyKey, JsonSchema>;
  return {
    type: 'object',
    properties: Object.fromEntries(
      (Object.keys(properties) as PolicyKey[]).map((key) => [key, { title: POLICY_FIELD_DOCS[key].title, description: POLICY_FIELD_DOCS[key].description, ...simplify(properties[key]) }]),
    ),
  };
}
