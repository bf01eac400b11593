import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { generateNetwork } from '../../bench/generate.js';
import { isMeeting } from '../../src/handbook/membership.js';
import { loadNetwork } from '../../src/network/load-network.js';
import { runCli } from '../helpers/cli.js';
import { testdir } from '../helpers/testdir.js';

// Cross-network analysis runs on an existing engine: the README's DuckDB queries, run by
// DuckDB itself on the exports of two networks (the example one and a generated one), give
// the meetings per lab per month that cil's own records count.

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const generated = join(testdir({}), 'generated');
generateNetwork(2, generated, 'tidy');
// A title with a quote in it, in the network read second: DuckDB guesses how a sheet is quoted
// from the first file it reads (the example network's, with no `""` in it) and holds the rest to it.
const QUOTED = 'Meetup: the "open" budget';
writeFileSync(join(generated, 'labs/lab-001/events/2026-10-09-open-budget-meetup.yaml'), `title: '${QUOTED}'\nkind: meetup\ndate: "2026-10-09"\n`);

// Each network's exports in a folder of its own, named as DuckDB's Hive partitioning reads it.
const exports = testdir({});
for (const [network, repo] of [['example', examples], ['generated', generated]] as const) {
  mkdirSync(join(exports, `network=${network}`));
  for (const args of [['csv', 'labs'], ['csv', 'events'], ['json']]) {
    const file = `network=${network}/${args[1] ?? 'network'}.${args[0]}`;
    const run = await runCli(['export', ...args, '-C', repo, '--out', file], { cwd: exports });
    if (run.status !== 0) throw new Error(run.stderr);
  }
}

const duckdb = await DuckDBInstance.create(':memory:');
const connection = await duckdb.connect();
afterAll(() => {
  connection.closeSync();
  duckdb.closeSync();
});

/** The rows a query gives, as plain objects (counts as numbers). */
async function query(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])));
}

// The README's queries, word for word but for the folder: from the sheets, then from the documents.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('#### Many networks in one query'));
const [FROM_CSV = '', FROM_JSON = ''] = [...section.matchAll(/```sql\n([^`]+)```/g)].map((match) => (match[1] ?? '').replaceAll("'exports/", `'${exports}/`));

/** Meetings per lab per month as cil's own records count them. */
function counted(network: string, repo: string): Record<string, unknown>[] {
  const counts = new Map<string, number>();
  for (const folder of [...loadNetwork(repo).labs.values()]) {
    for (const { record } of folder.events.values()) {
      if (!record || !isMeeting(record, folder.lab?.record)) continue;
      const key = `${folder.id} ${record.date.slice(0, 7)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, meetings]) => {
    const [lab, month] = key.split(' ');
    return { network, lab, month, meetings };
  });
}

describe('the exports of two networks in DuckDB', () => {
  const expected = [...counted('example', examples), ...counted('generated', generated)];

  it('count meetings per lab per month from the CSV sheets, one network\'s with a quote in a title and the other\'s without', async () => {
    const sheet = (network: string) => readFileSync(join(exports, `network=${network}/events.csv`), 'utf8');
    expect([sheet('example').includes('""'), sheet('generated').includes(`"${QUOTED.replaceAll('"', '""')}"`)]).toEqual([false, true]);
    const rows = await query(FROM_CSV);
    expect(rows).toEqual(expected);
    expect(new Set(rows.map((row) => row.network))).toEqual(new Set(['example', 'generated']));
    expect(rows.length).toBeGreaterThan(50);
  });

  it('count the same from the JSON documents', async () => {
    expect(await query(FROM_JSON)).toEqual(expected);
  });

  it('read Urdu names as they are written', async () => {
    const rows = await query(`
      WITH labs AS (SELECT unnest(labs) AS lab FROM read_json('${exports}/network=example/network.json'))
      SELECT member.name AS name FROM (SELECT unnest(lab.members) AS member FROM labs) WHERE member.id = 'asad-sheikh'`);
    expect(rows).toEqual([{ name: 'اسد شیخ' }]);
  });
});
