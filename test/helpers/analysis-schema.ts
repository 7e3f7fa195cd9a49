/**
 * The published JSON Schema as a validator, so tests check documents against the file that
 * outside readers get rather than against the TypeScript types.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

const schemaUrl = new URL('../../schema/analysis.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaUrl, 'utf8')) as object;

// strict: an unknown keyword or a type mix-up in the schema file fails the tests, not silently.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** Validation errors as readable lines; empty when the document is valid. */
export function schemaErrors(document: unknown): string[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
