import { yamlSyntax } from '../../../src/audit/rules/yaml-syntax.js';
import { testRule } from '../../helpers/rule-tester.js';

const member = 'labs/lahore/members/sara-malik.yaml';
const valid = 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\n';

testRule(yamlSyntax, {
  valid: [
    { name: 'a plain record', files: { [member]: valid } },
    {
      name: 'a byte-order mark and CRLF line ends',
      files: { [member]: `\uFEFF${valid.replace(/\n/g, '\r\n')}` },
    },
    {
      name: 'comments and quoted strings',
      files: {
        [member]: `# joined at the meetup\n${valid.replace('Sara Malik', '"Sara: Malik"')}`,
      },
    },
    { name: 'a name in Urdu script', files: { [member]: valid.replace('Sara Malik', 'سارہ ملک') } },
  ],
  invalid: [
    {
      name: 'a colon in an unquoted value',
      files: { [member]: 'roles: [{ role: member }]\nname: Sara: Malik\nstatus: active\n' },
      findings: [{ file: member, line: 2, column: 7, message: 'needs quotes around it' }],
    },
    {
      name: 'one finding for a syntax error, not its echoes',
      files: { [member]: 'name: Sara Malik\nroles: [a, b]]\nstatus: active\n' },
      findings: [
        {
          file: member,
          line: 2,
          column: 14,
          message: 'YAML syntax error: unexpected flow-seq-end token',
        },
      ],
    },
    {
      name: 'a duplicate key',
      files: { [member]: `${valid}name: Sara\n` },
      findings: [{ file: member, line: 5, column: 1, message: '`name` appears twice' }],
    },
    {
      name: 'tabs used for indentation',
      files: { [member]: 'name: Sara Malik\nroles:\n\t- role: member\n' },
      findings: [{ file: member, line: 3, message: 'a tab is used for indentation' }],
    },
    {
      name: 'several documents in one file',
      files: { [member]: `${valid}---\n${valid}` },
      findings: [{ file: member, line: 5, message: 'more than one YAML document' }],
    },
    {
      name: 'an unknown tag',
      files: { [member]: `${valid}skills: !!js/function 'function () {}'\n` },
      findings: [{ file: member, line: 5, message: 'unknown YAML tag `!!js/function`' }],
    },
    {
      name: 'a local tag',
      files: { [member]: 'name: !secret Sara\n' },
      findings: [{ file: member, line: 1, message: 'unknown YAML tag `!secret`' }],
    },
    {
      name: 'a binary file',
      files: { [member]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]) },
      findings: [{ file: member, line: null, message: 'binary' }],
    },
    {
      name: 'text that is not UTF-8, at the bad byte',
      files: {
        [member]: Buffer.concat([
          Buffer.from('name: Sara\nskills: [caf'),
          Buffer.from([0xe9]),
          Buffer.from(']\n'),
        ]),
      },
      findings: [{ file: member, line: 2, column: 13, message: 'not valid UTF-8' }],
    },
    {
      name: 'a file over the size cap',
      files: { [member]: `${valid}# ${'x'.repeat(1024 * 1024)}\n` },
      findings: [{ file: member, line: null, message: 'over the 1 MiB' }],
    },
    {
      name: 'an alias bomb',
      files: {
        [member]: [
          'a: &a [x, x, x, x, x, x, x, x, x]',
          'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
          'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
          'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
          'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
          'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
          '',
        ].join('\n'),
      },
      findings: [{ file: member, line: 1, message: 'too many aliases' }],
    },
    {
      name: 'a broken cil.yaml, while the rest is still checked',
      files: { 'cil.yaml': 'network: [Test\n', [member]: 'name: a: b\n' },
      findings: [
        { file: 'cil.yaml', line: 2, message: 'YAML syntax error' },
        { file: member, line: 1, column: 7, message: 'needs quotes around it' },
      ],
    },
    {
      name: 'an alias to no anchor',
      files: { [member]: 'name: *nobody\n' },
      findings: [{ file: member, line: 1, message: 'refers to no anchor' }],
    },
  ],
});
