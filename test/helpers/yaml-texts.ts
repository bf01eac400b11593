// Texts that look like records, made of the scalars and keys where YAML 1.1, YAML 1.2 core
// and the two parsers could disagree: the fuzz tests of reading and placing YAML share them.

/** Scalars where YAML 1.1, YAML 1.2 core and the two libraries could disagree. */
export const SCALARS = [
  '2026-11-05', '2026-02-30', '2026-11-05T10:00:00Z', '12:30', '1:30:00', 'yes', 'no', 'on', 'off', 'y', 'n',
  'true', 'True', 'TRUE', 'false', 'null', 'Null', 'NULL', '~', '', '0', '-0', '+1', '012', '0o17', '0x1F', '0b101',
  '1_000', '1.5', '.5', '5.', '1e3', '1.0e+3', '-1E-3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '3.14159265358979323846',
  '9007199254740993', '"quoted"', "'single'", "'it''s'", '"tab\\there"', '"\\u00e9"', '"a # b"', 'a # comment',
  'a#not-comment', 'key:value', 'http://example.org/a?b=c', '<<', '=', '@handle', '`tick`', '%percent', 'Bilal Ahmed',
  'بلال احمد', 'Zoë', '"multi: colon"', '[a, b]', '[]', '{}', '{a: 1, b: [2, 3]}', '[a, [b, c]]', '[2026-11-05, yes]',
  '"unterminated', "'unterminated", '[unclosed', '{unclosed: 1', 'a: b', '- item', '!!str 5', '&anchor x', '*alias',
  '| literal', '> folded', '"trailing" text', 'value   ', '-', '--', '---', '...', '? key',
];
export const KEYS = ['name', 'id', 'joined', 'skills', 'present', 'on', 'yes', '1', 'null', '"quoted key"', "'single key'", 'a b', 'é', '__proto__', 'x-y'];

/** A small seeded generator, so that every run tries the same texts. */
export function seeded(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

export function randomRecord(pick: (n: number) => number): string {
  const lines: string[] = [];
  const count = 1 + pick(6);
  for (let index = 0; index < count; index++) {
    const key = KEYS[pick(KEYS.length)];
    const scalar = () => SCALARS[pick(SCALARS.length)];
    const other = () => KEYS[pick(KEYS.length)];
    switch (pick(12)) {
      case 0:
        lines.push(`${key}:`, `  - ${scalar()}`, `  - ${scalar()}`);
        break;
      case 1:
        lines.push(`${key}:`, `  ${KEYS[pick(KEYS.length)]}: ${scalar()}`);
        break;
      case 2:
        lines.push(`# ${scalar()}`, `${key}: ${scalar()}`);
        break;
      case 3:
        lines.push(`${key}:`, `- ${scalar()}`);
        break;
      case 6:
        lines.push(`${key}:`, `  - ${other()}: ${scalar()}`, `    ${other()}: ${scalar()}`, `  - ${scalar()}`);
        break;
      case 7:
        lines.push(`${key}:`, `  - - ${scalar()}`, `  - ${scalar()}`);
        break;
      case 8:
        // A continued value, or a line indented where nothing can begin.
        lines.push(`${key}: ${scalar()}`, `${' '.repeat(1 + pick(3))}${pick(2) ? scalar() : `${other()}: ${scalar()}`}`);
        break;
      case 9:
        lines.push(`${key}:`, `    ${other()}: ${scalar()}`, `  ${other()}: ${scalar()}`);
        break;
      case 10:
        lines.push(`${key}: [${scalar()},`, `  ${scalar()}]`);
        break;
      default:
        lines.push(`${key}: ${scalar()}${pick(2) ? ` # ${scalar()}` : ''}`, ...(pick(3) ? [] : ['']));
    }
  }
  const text = lines.join('\n');
  switch (pick(5)) {
    case 0:
      return text.replace(/\n/g, '\r\n');
    case 1:
      return `${text}\n`;
    case 2:
      return `\uFEFF${text}\n`;
    default:
      return `${text}\n`;
  }
}
