import { schema } from '../../../src/audit/rules/schema.js';
import { testRule } from '../../helpers/rule-tester.js';

const lab = 'labs/lahore/lab.yaml';
const member = 'labs/lahore/members/sara-malik.yaml';
const event = 'labs/lahore/events/2026-11-05-open-data-meetup.yaml';
const project = 'labs/lahore/projects/toilet-finder.yaml';
const monthly = 'labs/lahore/reports/2026-10-monthly.yaml';
const sara = 'name: Sara Malik\njoined: 2026-02-01\nroles:\n  - role: member\nstatus: active\n';
const meetup = 'title: Open Data Meetup\nkind: meetup\ndate: 2026-11-05\n';

testRule(schema, {
  valid: [
    {
      name: 'the smallest records',
      files: {
        [member]: sara,
        [event]: meetup,
        [project]: 'name: Toilet Finder\nstatus: discovery\n',
      },
    },
    {
      name: 'every optional member field',
      files: {
        [member]: `${sara}github: sara-m\nweekly_hours: 4.5\nskills: [design, data]\ngender: woman\nwarnings:\n  - { date: 2026-05-01, reason: Missed two meetups }\nreinstated: [{ date: 2026-06-01, terms: Attends every meetup }]\n`,
      },
    },
    {
      name: 'an annual period written as a number',
      files: { 'labs/lahore/reports/2026-annual.yaml': 'kind: annual\nperiod: 2026\n' },
    },
    {
      name: 'a discovery report naming a project',
      files: {
        'labs/lahore/reports/toilet-finder-discovery.yaml':
          'kind: discovery\nproject: toilet-finder\nuser_needs: [Clean toilets near bus stops]\n',
      },
    },
    { name: 'a leap day', files: { [member]: sara.replace('2026-02-01', '2028-02-29') } },
    {
      name: 'policy and rule overrides in cil.yaml',
      files: {
        'cil.yaml':
          'network: Test\npolicy:\n  meetups_per_month: 2\nrules:\n  reference: warning\n',
      },
    },
  ],
  invalid: [
    {
      name: 'an unknown field, at its key, listing the allowed ones',
      files: { [member]: `${sara}favourite_colour: green\n` },
      findings: [
        {
          file: member,
          line: 6,
          column: 1,
          message:
            '`favourite_colour` is not a member field; allowed: name, github, joined, roles,',
        },
      ],
    },
    {
      name: 'a missing required field, at the parent',
      files: { [member]: 'name: Sara Malik\nroles:\n  - since: 2026-02-01\nstatus: active\n' },
      findings: [
        {
          file: member,
          line: 1,
          column: 1,
          message: 'the member is missing the required field `joined`',
        },
        {
          file: member,
          line: 3,
          column: 5,
          message: '`roles` item 1 is missing the required field `role`',
        },
      ],
    },
    {
      name: 'an impossible date',
      files: { [member]: sara.replace('2026-02-01', '2026-02-30') },
      findings: [
        {
          file: member,
          line: 2,
          column: 9,
          message: '`joined` must be a real date from 2000 to 2100 written YYYY-MM-DD',
        },
      ],
    },
    {
      name: 'a date in another form',
      files: { [member]: sara.replace('2026-02-01', '"1 Feb 2026"') },
      findings: [{ file: member, line: 2, column: 9, message: '`1 Feb 2026` is not' }],
    },
    {
      name: 'a misspelt value, with a suggestion',
      files: { [member]: sara.replace('status: active', 'status: actve') },
      findings: [
        { file: member, line: 5, column: 9, message: 'found `actve` (did you mean `active`?)' },
      ],
    },
    {
      name: 'a wrong type',
      files: { [member]: `${sara}weekly_hours: five\n` },
      findings: [
        {
          file: member,
          line: 6,
          column: 15,
          message: '`weekly_hours` must be a number, not the text `five`',
        },
      ],
    },
    {
      name: 'a path-traversal id in a list, at the value',
      files: { [event]: `${meetup}attendance:\n  present: [ayesha-khan, ../../etc/passwd]\n` },
      findings: [
        { file: event, line: 5, column: 26, message: '`../../etc/passwd` is not a valid id' },
      ],
    },
    {
      name: 'a name written where an id belongs, with the id it stands for',
      files: { [event]: `${meetup}organizers: [Ayesha Khan]\n` },
      findings: [
        { file: event, line: 4, column: 14, message: '`Ayesha Khan` is not a valid id in `organizers` item 1: ids use lowercase letters, digits and single hyphens: write `ayesha-khan`' },
      ],
    },
    {
      name: 'the same id twice in a list',
      files: { [event]: `${meetup}organizers: [ayesha-khan, ayesha-khan]\n` },
      findings: [
        { file: event, line: 4, column: 27, message: 'lists `ayesha-khan` more than once' },
      ],
    },
    {
      name: 'a negative head count and a fraction of a person',
      files: { [event]: `${meetup}audience: { citizens: -1, women: 2.5 }\n` },
      findings: [
        { file: event, line: 4, column: 23, message: '`citizens` must be at least 0' },
        { file: event, line: 4, column: 34, message: '`women` must be a whole number' },
      ],
    },
    {
      name: 'a deprecated SPDX id, with the ids that replaced it',
      files: { [project]: 'name: Toilet Finder\nstatus: building\nlicense: GPL-3.0\n' },
      findings: [{ file: project, line: 3, column: 10, message: '(did you mean `GPL-3.0-only` or `GPL-3.0-or-later`?)' }],
    },
    {
      name: 'a deprecated SPDX id with a plus, in another case',
      files: { [project]: 'name: Toilet Finder\nstatus: building\nlicense: lgpl-2.1+\n' },
      findings: [{ file: project, line: 3, column: 10, message: '(did you mean `LGPL-2.1-or-later`?)' }],
    },
    {
      name: 'a licence that is not an SPDX id',
      files: { [project]: 'name: Toilet Finder\nstatus: building\nlicense: mit\n' },
      findings: [
        {
          file: project,
          line: 3,
          column: 10,
          message:
            'not a current SPDX licence id; use one from the list at https://spdx.org/licenses/ (did you mean `MIT`?)',
        },
      ],
    },
    {
      name: 'a repository that is not a web address',
      files: {
        [project]: 'name: Toilet Finder\nstatus: building\nrepository: github.com/cfp/toilets\n',
      },
      findings: [
        {
          file: project,
          line: 3,
          column: 13,
          message: 'must be a full web address starting with https://',
        },
      ],
    },
    {
      name: 'a field of another report kind',
      files: { [monthly]: 'kind: monthly\nperiod: 2026-10\nstory: We grew.\n' },
      findings: [
        {
          file: monthly,
          line: 3,
          column: 1,
          message: '`story` does not belong in a monthly report',
        },
      ],
    },
    {
      name: 'a period of the wrong form for the kind',
      files: { [monthly]: 'kind: monthly\nperiod: 2026-Q4\n' },
      findings: [
        {
          file: monthly,
          line: 2,
          column: 9,
          message: '`period` of a monthly report must be a month written YYYY-MM',
        },
      ],
    },
    {
      name: 'a discovery report without its project',
      files: {
        'labs/lahore/reports/toilet-finder-discovery.yaml': 'kind: discovery\nperiod: 2026-10\n',
      },
      findings: [
        {
          file: 'labs/lahore/reports/toilet-finder-discovery.yaml',
          line: 1,
          column: 1,
          message: 'missing the required field `project`',
        },
        {
          file: 'labs/lahore/reports/toilet-finder-discovery.yaml',
          line: 2,
          column: 1,
          message: 'a discovery report names its `project`, not a `period`',
        },
      ],
    },
    {
      name: 'an empty file',
      files: { [member]: '' },
      findings: [
        {
          file: member,
          line: 1,
          column: 1,
          message: 'the file is empty; a member record needs at least: name, joined, roles, status',
        },
      ],
    },
    {
      name: 'a list where a record should be',
      files: { [member]: '- name: Sara Malik\n' },
      findings: [
        { file: member, line: 1, column: 1, message: 'a member record is a mapping of fields' },
      ],
    },
    {
      name: 'a plain scalar where a record should be',
      files: { [member]: 'Sara Malik\n' },
      findings: [
        { file: member, line: 1, column: 1, message: 'but this file holds the text `Sara Malik`' },
      ],
    },
    {
      name: '__proto__ and constructor keys, as unknown fields',
      files: {
        [lab]: `${'name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: active\nleads: [ayesha-khan]\n'}__proto__: { polluted: true }\nconstructor: 1\n`,
      },
      findings: [
        { file: lab, line: 7, column: 1, message: '`__proto__` is not a lab field' },
        { file: lab, line: 8, column: 1, message: '`constructor` is not a lab field' },
      ],
    },
    {
      name: 'an unknown field of an event, with its article',
      files: { [event]: `${meetup}venu: Hall 2\n` },
      findings: [{ file: event, line: 4, column: 1, message: '`venu` is not an event field; allowed: title,' }],
    },
    {
      name: 'an unknown setting and time zone in cil.yaml',
      files: {
        'cil.yaml':
          'network: Test\ntimezone: Asia/Lahore\npolcy: {}\nrules:\n  meetup-per-month: off\n',
      },
      findings: [
        {
          file: 'cil.yaml',
          line: 2,
          column: 11,
          message: '`Asia/Lahore` is not a known time zone',
        },
        {
          file: 'cil.yaml',
          line: 3,
          column: 1,
          message:
            '`polcy` is not a cil.yaml setting; allowed: network, timezone, core_team, site_url, policy, rules (did you mean `policy`?)',
        },
        {
          file: 'cil.yaml',
          line: 5,
          column: 3,
          message: '`meetup-per-month` is not a known name in `rules`',
        },
      ],
    },
  ],
});
