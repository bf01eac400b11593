import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileName } from '../../../src/audit/rules/file-name.js';
import { runRules } from '../../../src/audit/run-rules.js';
import { loadNetwork } from '../../../src/network/load-network.js';
import { resolveSettings } from '../../../src/network/settings.js';
import { networkDir } from '../../helpers/network.js';
import { testRule } from '../../helpers/rule-tester.js';

const sara = 'name: Sara Malik\njoined: 2026-02-01\nroles: [{ role: member }]\nstatus: active\n';
const meetup = (date: string) => `title: Open Data Meetup\nkind: meetup\ndate: ${date}\n`;

testRule(fileName, {
  valid: [
    { name: 'the base network', files: {} },
    {
      name: 'every kind of record in its place',
      files: {
        'labs/README.md': '# Labs\n',
        'labs/lahore/README.md': '# Lahore\n',
        'labs/lahore/members/sara-malik.yaml': sara,
        'labs/lahore/events/2026-11-05-open-data-meetup.yaml': meetup('2026-11-05'),
        'labs/lahore/projects/toilet-finder.yaml': 'name: Toilet Finder\nstatus: discovery\n',
        'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: 2026-10\n',
        'labs/lahore/reports/2026-10-monthly.md': '# October\n',
        'labs/lahore/reports/2026-Q3-quarterly.yaml': 'kind: quarterly\nperiod: 2026-Q3\n',
        'labs/lahore/reports/2026-H1-midyear.yaml': 'kind: midyear\nperiod: 2026-H1\n',
        'labs/lahore/reports/2026-annual.yaml': 'kind: annual\nperiod: 2026\n',
        'labs/lahore/reports/toilet-finder-closure.yaml': 'kind: closure\nproject: toilet-finder\n',
        'labs/lahore/members/.gitkeep': '',
      },
    },
    {
      name: 'files outside labs/',
      files: {
        'README.md': '# Network\n',
        'templates/monthly.md.hbs': '{{lab.name}}\n',
        'private/contacts.csv': 'a,b\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a .yml extension',
      files: { 'labs/lahore/members/sara-malik.yml': sara },
      findings: [
        {
          file: 'labs/lahore/members/sara-malik.yml',
          line: null,
          message: 'rename this file to `sara-malik.yaml`',
        },
      ],
    },
    {
      name: 'an event written as .yml, told its whole name with the date it holds',
      files: { 'labs/lahore/events/iftar2.yml': 'title: Iftar\nkind: social\ndate: 2026-03-20\n' },
      findings: [{ file: 'labs/lahore/events/iftar2.yml', line: null, message: 'rename this file to `2026-03-20-iftar2.yaml`' }],
    },
    {
      name: 'an event written as .yml, named by its date already',
      files: { 'labs/lahore/events/2026-03-20-iftar.yml': 'title: Iftar\nkind: social\ndate: 2026-03-20\n' },
      findings: [{ file: 'labs/lahore/events/2026-03-20-iftar.yml', line: null, message: 'rename this file to `2026-03-20-iftar.yaml`' }],
    },
    {
      name: 'an id that is not a slug, with the slug to use',
      files: { 'labs/lahore/members/Sara Malik.yaml': sara },
      findings: [
        { file: 'labs/lahore/members/Sara Malik.yaml', message: 'like `sara-malik.yaml`' },
      ],
    },
    {
      name: 'an id longer than 64 characters',
      files: { [`labs/lahore/projects/${'a'.repeat(65)}.yaml`]: 'name: A\nstatus: discovery\n' },
      findings: [
        {
          file: `labs/lahore/projects/${'a'.repeat(65)}.yaml`,
          message: 'is not a valid file name',
        },
      ],
    },
    {
      name: 'an event file name without its date',
      files: { 'labs/lahore/events/open-data-meetup.yaml': meetup('2026-11-05') },
      findings: [
        {
          file: 'labs/lahore/events/open-data-meetup.yaml',
          message: 'like `2026-11-05-open-data-meetup.yaml`',
        },
      ],
    },
    {
      name: 'an event file name with an impossible date',
      files: { 'labs/lahore/events/2026-02-30-meetup.yaml': meetup('2026-02-28') },
      findings: [
        {
          file: 'labs/lahore/events/2026-02-30-meetup.yaml',
          message: "start with the event's date",
        },
      ],
    },
    {
      name: 'an event whose date disagrees with its file name, at the date',
      files: { 'labs/lahore/events/2026-11-05-meetup.yaml': meetup('2026-11-06') },
      findings: [
        {
          file: 'labs/lahore/events/2026-11-05-meetup.yaml',
          line: 3,
          column: 7,
          message: 'the file name says 2026-11-05 but `date` is 2026-11-06',
        },
      ],
    },
    {
      name: 'a report name that is no report name',
      files: { 'labs/lahore/reports/october.yaml': 'kind: monthly\nperiod: 2026-10\n' },
      findings: [
        {
          file: 'labs/lahore/reports/october.yaml',
          message: 'this one would be `2026-10-monthly.yaml`',
        },
      ],
    },
    {
      name: 'a report whose kind disagrees with its name',
      files: { 'labs/lahore/reports/2026-10-monthly.yaml': 'kind: quarterly\nperiod: 2026-Q4\n' },
      findings: [
        {
          file: 'labs/lahore/reports/2026-10-monthly.yaml',
          line: 1,
          column: 7,
          message: 'the file name says a monthly report but `kind` is quarterly',
        },
      ],
    },
    {
      name: 'a report whose period disagrees with its name',
      files: { 'labs/lahore/reports/2026-10-monthly.yaml': 'kind: monthly\nperiod: 2026-09\n' },
      findings: [
        {
          file: 'labs/lahore/reports/2026-10-monthly.yaml',
          line: 2,
          column: 9,
          message: 'the file name says period 2026-10 but `period` is 2026-09',
        },
      ],
    },
    {
      name: 'a closure report about another project',
      files: {
        'labs/lahore/reports/toilet-finder-closure.yaml': 'kind: closure\nproject: bus-routes\n',
      },
      findings: [
        {
          file: 'labs/lahore/reports/toilet-finder-closure.yaml',
          line: 2,
          message: 'the file name says project toilet-finder',
        },
      ],
    },
    {
      name: 'a document without its report record',
      files: { 'labs/lahore/reports/2026-10-monthly.md': '# October\n' },
      findings: [
        {
          file: 'labs/lahore/reports/2026-10-monthly.md',
          message: 'has no report record `2026-10-monthly.yaml`',
        },
      ],
    },
    {
      name: 'files and folders the layout does not have',
      files: {
        'labs/notes.txt': 'x',
        'labs/lahore/photo.jpg': 'x',
        'labs/lahore/photos/one.jpg': 'x',
        'labs/lahore/members/notes.txt': 'x',
        'labs/lahore/members/old/sara.yaml': sara,
      },
      findings: [
        { file: 'labs/lahore/members/notes.txt', message: 'members/ holds .yaml records only' },
        { file: 'labs/lahore/members/old', message: 'record folders hold files only' },
        {
          file: 'labs/lahore/photo.jpg',
          message: 'a lab folder holds lab.yaml, README.md and the folders',
        },
        { file: 'labs/lahore/photos', message: 'this folder is not part of the layout' },
        {
          file: 'labs/notes.txt',
          message: 'only lab folders and a README.md belong directly in labs/',
        },
      ],
    },
    {
      name: 'a lab folder without lab.yaml, and with a bad id',
      files: { 'labs/Karachi Lab/members/sara-malik.yaml': sara },
      findings: [
        {
          file: 'labs/Karachi Lab',
          line: null,
          message: 'the lab folder `Karachi Lab` is not a valid id',
        },
        {
          file: 'labs/Karachi Lab/lab.yaml',
          line: null,
          message: 'lab `Karachi Lab` has no lab.yaml',
        },
      ],
    },
  ],
});

describe('rule file-name and symbolic links', () => {
  it('reports a symlink leading outside the repo without following it', () => {
    const dir = networkDir();
    symlinkSync('/etc/passwd', join(dir, 'labs/lahore/members/evil.yaml'));
    symlinkSync('/etc', join(dir, 'labs/lahore/events'));
    symlinkSync('ayesha-khan.yaml', join(dir, 'labs/lahore/members/alias.yaml'));
    const network = loadNetwork(dir);
    const findings = runRules(network, resolveSettings(network.config), '2026-11-20', [fileName]);
    expect(findings.map(({ file, message }) => [file, message])).toEqual([
      [
        'labs/lahore/events',
        expect.stringContaining('symbolic link leading outside the network repo'),
      ],
      [
        'labs/lahore/members/alias.yaml',
        expect.stringContaining('this is a symbolic link; records must be regular files'),
      ],
      [
        'labs/lahore/members/evil.yaml',
        expect.stringContaining('symbolic link leading outside the network repo'),
      ],
    ]);
    expect(network.files.some((file) => file.text?.includes('root:'))).toBe(false);
  });
});
