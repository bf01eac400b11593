// Writes schemas/timezone.schema.json: the IANA time zone names this Node.js knows, so that
// editors and other validators reject `Asia/Karchi` as cil does. The names are those of
// Intl.supportedValuesOf('timeZone') (ICU's canonical names, which lack some of IANA's
// current ones: Asia/Kolkata, UTC), with the zones and links of the IANA database in the
// system's tzdata.zi (Debian's tzdata) that Node.js accepts too. Run it after a Node.js or
// tzdata update; a test checks that Node.js knows every name in the schema.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const TZDATA = '/usr/share/zoneinfo/tzdata.zi';

const known = (name) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

/** Zone (`Z name ...`) and link (`L target name`) names of the IANA database's compact text form. */
export function tzdataNames(text) {
  return text.split('\n').flatMap((line) => {
    const fields = line.split(' ');
    if (fields[0] === 'Z') return [fields[1]];
    if (fields[0] === 'L') return [fields[2]];
    return [];
  });
}

export function timezoneSchema(names, source) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://raw.githubusercontent.com/codeforpakistan/cil/main/schemas/timezone.schema.json',
    title: 'IANA time zone',
    description: `An IANA time zone name (e.g. Asia/Karachi), as ${source} know them.`,
    type: 'string',
    enum: [...new Set(names)].filter(known).sort(),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const iana = existsSync(TZDATA) ? tzdataNames(readFileSync(TZDATA, 'utf8')) : [];
  const tzdata = existsSync(TZDATA) ? ` and tzdata ${/^# version (\S+)/m.exec(readFileSync(TZDATA, 'utf8'))?.[1] ?? ''}`.trimEnd() : '';
  const source = `Node.js ${process.versions.node} (ICU ${process.versions.icu}, tz ${process.versions.tz})${tzdata}`;
  const schema = timezoneSchema([...Intl.supportedValuesOf('timeZone'), ...iana], source);
  writeFileSync(new URL('../schemas/timezone.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${schema.enum.length} time zones (${source})`);
}
