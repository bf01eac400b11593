import { describe, expect, it } from 'vitest';
import { personalData } from '../../../src/audit/rules/personal-data.js';
import { findContactData, mask } from '../../../src/text/contact-data.js';
import { meeting, member } from '../../helpers/records.js';
import { testRule } from '../../helpers/rule-tester.js';

const event = 'labs/lahore/events/2026-10-05-meetup.yaml';
const withText = (field: string, text: string) => meeting('2026-10-05', ['ayesha-khan'], [], 'meetup', `${field}: ${JSON.stringify(text)}\n`);

testRule(personalData, {
  valid: [
    { name: 'dates, periods and counts', files: withText('description', 'Met on 2026-10-05 for 2026-Q4; 7,300 visits and Rs 5,000,000 of budget for 1000 users') },
    { name: 'web addresses with long numbers', files: withText('venue', 'https://maps.example.org/place/03217654321/1234512345671') },
    { name: 'ids and GitHub handles', files: { ...member('sara-malik', '2026-02-01', 'github: sara-3217654321\n') } },
    { name: 'times, rooms and years', files: withText('description', 'From 14:30-16:00 in room 101, budget 2026-27, sector G-9/4') },
    {
      name: 'comments and READMEs with dates, web addresses and handles',
      files: {
        [event]: `${meeting('2026-10-05', ['ayesha-khan'])[event] as string}# Moved from 2026-10-04; see https://example.org/events/03001234567 and @ayeshak\n`,
        'labs/lahore/README.md': '# Lahore\n\nFounded 2026-11-01; we meet at https://lahore.example.org. Ask @ayeshak.\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a Pakistani mobile number, masked in the message',
      files: withText('venue', 'Press Club, call 0321-7654321'),
      findings: [{ file: event, line: 5, column: 8, message: '`venue` holds what looks like a phone number (0321-*******); contact details belong in private/, never in a public record: remove it' }],
    },
    { name: 'a number written the international way', files: withText('description', 'WhatsApp +92 321 7654321'), findings: [{ file: event, message: 'a phone number (+92 32* *******)' }] },
    { name: 'a landline with its area code', files: withText('description', 'Office (021) 99261300'), findings: [{ file: event, message: 'a phone number' }] },
    { name: 'a foreign number', files: withText('description', 'Mentor in London: +44 20 7946 0958'), findings: [{ file: event, message: 'a phone number' }] },
    { name: 'an e-mail address', files: withText('description', 'Write to ayesha.khan@example.org'), findings: [{ file: event, message: 'an e-mail address (a***@example.org)' }] },
    { name: 'a CNIC number', files: withText('description', 'CNIC 12345-1234567-1'), findings: [{ file: event, message: 'a CNIC number (1234*-*******-*)' }] },
    {
      name: 'in a list item of a report',
      files: { 'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: 2026-10\nsuccesses:\n  - Met the DC\n  - Call Bilal on 0300 1234567\n' },
      findings: [{ file: 'labs/lahore/reports/2026-10-monthly.yaml', line: 5, column: 5, message: '`successes` holds what looks like a phone number' }],
    },
    ...['0300-1234567', '03001234567', '0092-300-1234567', '021-99261300', '۰۳۰۰۱۲۳۴۵۶۷', '０３００－１２３４５６７'].map((number) => ({
      name: `a value that is a phone number and nothing else, even one that looks like an id: ${number}`,
      files: withText('venue', number),
      findings: [{ file: event, line: 5, column: 8, message: '`venue` holds what looks like a phone number' }],
    })),
    ...['35202-1234567-1', '3520212345671', '35202 1234567 1'].map((cnic) => ({
      name: `a CNIC number alone: ${cnic}`,
      files: withText('description', cnic),
      findings: [{ file: event, message: '`description` holds what looks like a CNIC number' }],
    })),
    {
      name: 'a spelled-out e-mail address',
      files: withText('description', 'Write to khalid dot lwmc at gmail dot com'),
      findings: [{ file: event, message: 'an e-mail address (l***' }],
    },
    {
      name: 'a value YAML writes otherwise than it reads: an escape',
      files: { ...meeting('2026-10-05', ['ayesha-khan']), [event]: `${meeting('2026-10-05', ['ayesha-khan'])[event] as string}venue: "Call 0300\\u002d1234567"\n` },
      findings: [{ file: event, line: 5, message: '`venue` holds what looks like a phone number (0300-*******)' }],
    },
    {
      name: 'a value YAML writes otherwise than it reads: a folded block',
      files: { ...meeting('2026-10-05', ['ayesha-khan']), [event]: `${meeting('2026-10-05', ['ayesha-khan'])[event] as string}description: >\n  Call 0300-\n  1234567\n` },
      findings: [{ file: event, line: 5, message: '`description` holds what looks like a phone number' }],
    },
    {
      name: 'in a YAML comment',
      files: { ...meeting('2026-10-05', ['ayesha-khan']), [event]: `${meeting('2026-10-05', ['ayesha-khan'])[event] as string}# Ayesha: 0321-7654321\n` },
      findings: [{ file: event, line: 5, column: 11, message: 'a comment here holds what looks like a phone number (0321-*******)' }],
    },
    {
      name: 'in a record YAML cannot read, where nothing tells a value from a comment',
      files: { [event]: 'title: Budget meetup\nkind: meetup\ndate: 2026-11-05\nvenue: [Press Club, "call 0321-7654321"\n' },
      findings: [{ file: event, line: 4, message: 'this file holds what looks like a phone number (0321-*******)' }],
    },
    {
      name: "in a lab's README",
      files: { 'labs/lahore/README.md': '# Lahore\n\nQuestions? Call Bilal on 0300 1234567.\n' },
      findings: [{ file: 'labs/lahore/README.md', line: 3, column: 26, message: 'this README holds what looks like a phone number' }],
    },
    {
      name: 'in the README of the labs folder',
      files: { 'labs/README.md': '# Labs\n\nWrite to cfp.labs@gmail.com\n' },
      findings: [{ file: 'labs/README.md', line: 3, column: 10, message: 'this README holds what looks like an e-mail address (c***@gmail.com)' }],
    },
    {
      name: "in the network's own README",
      files: { 'README.md': '# Our network\n\nContact Ayesha at ayesha@example.org or 0300-1234567\n' },
      findings: [
        { file: 'README.md', line: 3, column: 19, message: 'this README holds what looks like an e-mail address (a***@example.org)' },
        { file: 'README.md', line: 3, column: 41, message: 'this README holds what looks like a phone number' },
      ],
    },
    {
      name: "in the network's impact report: its record, and a document edited by hand",
      files: {
        'reports/2026-impact.yaml': 'kind: impact\nyear: 2026\nstories:\n  - Call 0300-7654321 to join.\n',
        'reports/2026-impact.md': '# 2026\n\nWrite to cfp.labs@gmail.com\n',
      },
      findings: [
        { file: 'reports/2026-impact.md', line: 3, column: 10, message: 'this document holds what looks like an e-mail address' },
        { file: 'reports/2026-impact.yaml', line: 4, column: 5, message: '`stories` holds what looks like a phone number (0300-*******)' },
      ],
    },
    {
      name: 'in a document, when its record does not hold it',
      files: { 'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: 2026-10\n', 'labs/lahore/reports/2026-10-monthly.md': '# October\n\nCall 0321-7654321\n' },
      findings: [{ file: 'labs/lahore/reports/2026-10-monthly.md', line: 3, column: 6, message: 'this document holds what looks like a phone number' }],
    },
  ],
});

describe('findContactData', () => {
  it('finds each kind once', () => {
    expect(findContactData('a@b.org, 12345-1234567-1 and 0321-7654321').map((found) => found.what)).toEqual([
      'an e-mail address',
      'a CNIC number',
      'a phone number',
    ]);
  });

  it('masks all but the first four digits', () => {
    expect(mask('0321-7654321')).toBe('0321-*******');
    expect(mask('ayesha@example.org')).toBe('a***@example.org');
  });
});
