import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RECORD_GLOBS } from '../../src/scaffold/network-files.js';
import { loadSchemas, SCHEMA_BASE_URL, SCHEMA_FILES } from '../../src/schema/validate.js';

interface CatalogEntry { name: string; description: string; fileMatch: string[]; url: string }

const catalog = JSON.parse(readFileSync(new URL('../../docs/schemastore-catalog.json', import.meta.url), 'utf8')) as {
  $schema: string;
  version: number;
  schemas: CatalogEntry[];
};

describe('the SchemaStore catalog entries in docs/', () => {
  it('are a catalog as SchemaStore\'s schema-catalog.json has it: name, description, an https url, unique file globs', () => {
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json');
    expect(catalog.version).toBe(1);
    for (const entry of catalog.schemas) {
      expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
      expect(entry.url).toMatch(/^https:\/\//);
      expect(new Set(entry.fileMatch).size).toBe(entry.fileMatch.length);
    }
  });

  it('map the files cil init associates in the editor, anywhere in a repository, to each schema\'s published $id', () => {
    const ids = new Set(loadSchemas().map((schema) => schema.$id));
    const expected = Object.entries(RECORD_GLOBS).map(([kind, globs]) => ({
      fileMatch: globs.map((glob) => `**/${glob}`),
      url: `${SCHEMA_BASE_URL}${SCHEMA_FILES[kind as keyof typeof SCHEMA_FILES]}`,
    }));
    expect(catalog.schemas.map(({ fileMatch, url }) => ({ fileMatch, url }))).toEqual(expected);
    expect(catalog.schemas.filter((entry) => !ids.has(entry.url))).toEqual([]);
  });
});
