import { describe, expect, it } from 'vitest';
import { KIND_FLAGS, NARRATIVE_FLAGS } from '../../src/reports/narrative-flags.js';
import { loadSchemas, SCHEMA_BASE_URL } from '../../src/schema/validate.js';

const schema = loadSchemas().find((candidate) => candidate.$id === `${SCHEMA_BASE_URL}report.schema.json`)!;
const kinds = schema.$defs as Record<string, { properties: Record<string, unknown> }>;
const properties = (kinds.fields?.properties ?? {}) as Record<string, { type?: string; $ref?: string }>;
// Structured narrative comes from --from files, not from flags.
const STRUCTURED = ['kpis', 'artifacts', 'weekly_summaries', 'hours'];

describe('the narrative flags', () => {
  it.each(Object.keys(KIND_FLAGS))('of a %s report fill exactly the text fields its schema allows', (kind) => {
    const allowed = Object.keys(kinds[kind]?.properties ?? {}).filter(
      (field) => !['kind', 'period', 'project', 'submitted', 'authors', ...STRUCTURED].includes(field),
    );
    const fields = (KIND_FLAGS[kind] ?? []).map((option) => NARRATIVE_FLAGS.find((flag) => flag.option === option)?.field);
    expect([...fields].sort()).toEqual(allowed.sort());
  });

  it('repeat exactly where the field is a list', () => {
    for (const flag of NARRATIVE_FLAGS) {
      const property = properties[flag.field]!;
      expect(flag.list, flag.option).toBe(property.type === 'array' || Boolean(property.$ref?.endsWith('List')));
    }
  });
});
