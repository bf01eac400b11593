import { BASE } from './network.js';
import { meeting, member } from './records.js';

/**
 * A lab whose records hold what a sheet or a document must carry intact: Urdu names, commas,
 * quotes and line breaks, a warning and an offboarding reason (private), contact details
 * (which never leave), and meetings with attendance recorded and not.
 */
export const EXPORT_NETWORK = {
  ...BASE,
  'labs/lahore/members/zainab-bibi.yaml': 'name: زینب بی بی\njoined: 2026-11-01\nroles: [{ role: storyteller }]\nstatus: active\ngender: woman\nskills: [data, "design, UX"]\n',
  ...member('sara-malik', '2026-11-01', 'warnings: [{ date: 2026-11-10, reason: "Missed \\"two\\" meetups, no notice" }]\n'),
  ...member('omar-shaikh', '2026-11-01', 'status: offboarded\noffboarded: { date: 2026-11-03, reason: "Moved away,\\nno handover", handover: None }\n'),
  'labs/lahore/events/2026-11-05-budget-night.yaml': [
    'title: \'Budget, "open" data night\'',
    'kind: meetup',
    'date: 2026-11-05',
    'venue: Alhamra, Mall Road',
    'description: "Budgets read aloud\\nthen mapped"',
    'attendance: { present: [ayesha-khan, zainab-bibi] }',
    'audience: { citizens: 12, technologists: 8, women: 7 }',
    'takeaways:',
    '  - |-',
    '    People want budgets as spreadsheets,',
    '    not "PDFs"',
    '  - بجٹ عوام کے لیے',
    '  - Call Bilal on 0300-1234567 for the data',
    '',
  ].join('\n'),
  'labs/lahore/events/2026-11-12-hack-night.yaml': 'title: Hack night\nkind: hack-night\ndate: 2026-11-12\n',
  ...meeting('2026-11-19', ['zainab-bibi'], ['sara-malik']),
  'labs/lahore/projects/budget-app.yaml': [
    'name: Budget app',
    'status: building',
    'started: 2026-11-02',
    'partner: pitb',
    'team: [{ member: zainab-bibi, role: storyteller }, { member: ayesha-khan }]',
    'kpis: [{ name: "Users, monthly", target: 100, actual: 12, unit: users }]',
    '',
  ].join('\n'),
  'labs/lahore/reports/2026-11-monthly.yaml': 'kind: monthly\nperiod: 2026-11\nsubmitted: 2026-12-02\nauthors: [ayesha-khan]\nsuccesses: [A first meetup]\n',
};
