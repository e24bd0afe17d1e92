// Turns OpenAPI 3.0 component schemas into JSON Schema that Ajv accepts:
// `$ref`s to #/components/schemas/X become #/definitions/X, `nullable` becomes
// a null branch, and annotation-only keywords Ajv does not know are dropped.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const DROPPED = new Set(['example', 'examples', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
const SCHEMA_LISTS = new Set(['allOf', 'oneOf', 'anyOf']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not']);

function convertSchema(node: Json): Json {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', '#/definitions/');
    else if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, convertSchema(child)]));
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(convertSchema);
    else if (SCHEMA_VALUES.has(key)) out[key] = convertSchema(value);
    else out[key] = value;
  }
  if ((node as Schema).nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

export function convertOpenApiComponents(document: { components?: { schemas?: Record<string, Json> } }, id: string): Schema {
  const schemas = document.components?.schemas ?? {};
  return { $id: id, definitions: Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, convertSchema(schema)])) };
}
