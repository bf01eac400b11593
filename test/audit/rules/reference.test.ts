import { reference } from '../../../src/audit/rules/reference.js';
import { testRule } from '../../helpers/rule-tester.js';

const member = (name: string, extra = '') =>
  `name: ${name}\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\n${extra}`;
const sara = { 'labs/lahore/members/sara-malik.yaml': member('Sara Malik') };
const event = 'labs/lahore/events/2026-11-05-open-data-meetup.yaml';
const meetup = (extra: string) =>
  `title: Open Data Meetup\nkind: meetup\ndate: 2026-11-05\n${extra}`;
const project = 'labs/lahore/projects/toilet-finder.yaml';
const karachi = {
  'labs/karachi/lab.yaml':
    'name: CIL Karachi\ncity: Karachi\nprovince: Sindh\nfounded: 2026-01-01\nstatus: active\nleads: [hina-baloch]\n',
  'labs/karachi/members/hina-baloch.yaml': member('Hina Baloch'),
};

testRule(reference, {
  valid: [
    { name: 'the base network', files: {} },
    {
      name: 'a citizen met at an event of the lab, met again there',
      files: {
        'labs/lahore/citizens/gul.yaml': 'name: Gul\nconsent: 2026-11-01\nmet_at: 2026-11-05-open-data-meetup\nstatus: active\n',
        [event]: meetup('citizens_met: [gul]\n'),
      },
    },
    {
      name: 'ids that resolve in their lab',
      files: {
        ...sara,
        ...karachi,
        [event]: meetup(
          'organizers: [ayesha-khan]\npartners: [pitb]\nattendance:\n  present: [ayesha-khan]\n  excused: [sara-malik]\n',
        ),
        [project]:
          'name: Toilet Finder\nstatus: building\npartner: pitb\nteam: [{ member: sara-malik }]\nredeployments: [{ lab: karachi }]\n',
        'labs/lahore/reports/toilet-finder-discovery.yaml':
          'kind: discovery\nproject: toilet-finder\nauthors: [sara-malik]\n',
      },
    },
    {
      name: 'one person in two labs with the same GitHub handle',
      files: {
        ...karachi,
        'labs/karachi/members/ayesha-khan.yaml': member('Ayesha Khan', 'github: ayeshak\n'),
      },
    },
    {
      name: 'values that are not ids (the schema reports them)',
      files: { [event]: meetup('organizers: [Ayesha Khan, 42]\n') },
    },
  ],
  invalid: [
    {
      name: 'a citizen met at an event the lab has not recorded, and an event naming a citizen the lab does not list',
      files: {
        'labs/lahore/citizens/gul.yaml': 'name: Gul\nconsent: 2026-11-01\nmet_at: 2026-11-05-open-data-meetp\nstatus: active\n',
        [event]: meetup('citizens_met: [gul, nasreen]\n'),
      },
      findings: [
        { file: 'labs/lahore/citizens/gul.yaml', line: 3, column: 9, message: '`2026-11-05-open-data-meetp` is not an event of lab lahore; did you mean `2026-11-05-open-data-meetup`?' },
        { file: event, line: 4, column: 21, message: '`nasreen` is not a citizen of lab lahore; correct the id, or add labs/lahore/citizens/nasreen.yaml' },
      ],
    },
    {
      name: 'a lead who is not a member',
      files: {
        'labs/lahore/lab.yaml':
          'name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: active\nleads: [ayesha-khan, nobody-here]\n',
      },
      findings: [
        {
          file: 'labs/lahore/lab.yaml',
          line: 6,
          column: 22,
          message:
            '`nobody-here` is not a member of lab lahore; correct the id, or add labs/lahore/members/nobody-here.yaml',
        },
      ],
    },
    {
      name: 'attendance of someone from another lab, and a misspelt partner',
      files: {
        ...karachi,
        [event]: meetup('attendance:\n  present: [ayesha-khan, hina-baloch]\npartners: [pitbb]\n'),
      },
      findings: [
        {
          file: event,
          line: 5,
          column: 26,
          message: '`hina-baloch` is not a member of lab lahore',
        },
        {
          file: event,
          line: 6,
          column: 12,
          message: '`pitbb` is not a partner of lab lahore; did you mean `pitb`?',
        },
      ],
    },
    {
      name: 'someone both present and excused',
      files: {
        [event]: meetup('attendance:\n  present: [ayesha-khan]\n  excused: [ayesha-khan]\n'),
      },
      findings: [
        {
          file: event,
          line: 6,
          column: 13,
          message: '`ayesha-khan` is listed both as present and as excused',
        },
      ],
    },
    {
      name: 'a project team member, partner and redeployment that do not resolve',
      files: {
        [project]:
          'name: Toilet Finder\nstatus: building\npartner: wasa\nteam:\n  - member: sara-malik\nredeployments:\n  - lab: quetta\n',
      },
      findings: [
        {
          file: project,
          line: 3,
          column: 10,
          message:
            '`wasa` is not a partner of lab lahore; correct the id, or add the partner to labs/lahore/lab.yaml',
        },
        {
          file: project,
          line: 5,
          column: 13,
          message: '`sara-malik` is not a member of lab lahore',
        },
        { file: project, line: 7, column: 10, message: '`quetta` is not a lab of this network' },
      ],
    },
    {
      name: 'hours in a monthly update reported for someone who is not a member (a typo, or a member renamed since)',
      files: {
        ...sara,
        'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: "2026-10"\nhours:\n  sara-malik: 20\n  sara-malk: 7\n',
      },
      findings: [
        {
          file: 'labs/lahore/reports/2026-10-monthly.yaml',
          line: 5,
          column: 3,
          message: '`sara-malk` is not a member of lab lahore; did you mean `sara-malik`?',
        },
      ],
    },
    {
      name: 'a report about a project that does not exist, by an unknown author',
      files: {
        'labs/lahore/reports/bus-routes-closure.yaml':
          'kind: closure\nproject: bus-routes\nauthors: [sara-malik]\n',
      },
      findings: [
        {
          file: 'labs/lahore/reports/bus-routes-closure.yaml',
          line: 2,
          column: 10,
          message: '`bus-routes` is not a project of lab lahore',
        },
        {
          file: 'labs/lahore/reports/bus-routes-closure.yaml',
          line: 3,
          column: 11,
          message: '`sara-malik` is not a member of lab lahore',
        },
      ],
    },
    {
      name: 'a partner id used twice',
      files: {
        'labs/lahore/lab.yaml':
          'name: CIL Lahore\ncity: Lahore\nprovince: Punjab\nfounded: 2026-01-10\nstatus: active\nleads: [ayesha-khan]\npartners:\n  - { id: pitb, name: PITB }\n  - { id: pitb, name: Punjab IT Board }\n',
      },
      findings: [
        {
          file: 'labs/lahore/lab.yaml',
          line: 9,
          column: 11,
          message: 'partner id `pitb` is used twice',
        },
      ],
    },
    {
      name: 'two members of a lab with one GitHub handle',
      files: { 'labs/lahore/members/sara-malik.yaml': member('Sara Malik', 'github: AyeshaK\n') },
      findings: [
        {
          file: 'labs/lahore/members/sara-malik.yaml',
          line: 5,
          column: 9,
          message: 'GitHub handle `AyeshaK` is also given in labs/lahore/members/ayesha-khan.yaml',
        },
      ],
    },
    {
      name: 'a record with another problem is still checked',
      files: { [event]: meetup('favourite: x\norganizers: [nobody]\n') },
      findings: [
        { file: event, line: 5, column: 14, message: '`nobody` is not a member of lab lahore' },
      ],
    },
  ],
});
