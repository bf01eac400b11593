import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAt, readNetworkAt } from '../../src/network/at-commit.js';
import { listNetworkFiles } from '../../src/network/list-files.js';
import { MAX_FILE_BYTES, readSource } from '../../src/network/read-source.js';
import { commitAll, git } from '../helpers/git.js';
import { BASE } from '../helpers/network.js';
import { testdir } from '../helpers/testdir.js';

// A pull request's audit judges the merge base from git objects, not a checkout: what it
// lists and reads there must be what a checkout of that commit would hold on disk, hostile
// files included.

/** The base network with files of every awkward kind, committed in `folder` of a new repository. */
function committed(folder = ''): { top: string; root: string } {
  const top = testdir({});
  const root = join(top, folder);
  const files = {
    ...BASE,
    'labs/lahore/members/sara-malik.yaml': 'name: Sara Malik\r\njoined: 2026-02-01\r\nroles: [{ role: member }]\r\nstatus: active\r\n',
    'labs/lahore/members/bom.yaml': '\uFEFFname: Bom\n',
    'labs/lahore/members/binary.yaml': Buffer.from([0x6e, 0x00, 0x01]),
    'labs/lahore/members/latin1.yaml': Buffer.from('name: Zo\xeb\n', 'latin1'),
    'labs/lahore/members/huge.yaml': `name: ${'x'.repeat(MAX_FILE_BYTES)}\n`,
    'labs/lahore/events/notes.txt': 'a stray file\n',
    'labs/lahore/photos/a.jpg': 'not really a photo\n',
    'labs/lahore/.hidden.yaml': 'hidden: true\n',
    'labs/README.md': '# Labs\n',
    'labs/stray.yaml': 'what: is this\n',
    'labs/karachi/lab.yaml': 'name: K\n',
    'labs/Bad Lab/lab.yaml': 'name: B\n',
    '.github/CODEOWNERS': '* @cfp-core\n',
    'templates/monthly.md.hbs': '# {{lab.name}}\n',
    'templates/partials/events.md.hbs': 'events\n',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  symlinkSync('sara-malik.yaml', join(root, 'labs/lahore/members/alias.yaml'));
  symlinkSync('../../../../../etc/passwd', join(root, 'labs/lahore/members/passwd.yaml'));
  commitAll(top);
  return { top, root };
}

describe('a network read from a commit', () => {
  it.each([
    ['at the top of its repository', ''],
    ['in a folder of its repository', 'network/cil'],
  ])('is listed and read as its checkout on disk, %s', async (_name, folder) => {
    const { top, root } = committed(folder);
    const place = { top, prefix: folder, commit: git(top, 'rev-parse', 'HEAD').trim() };
    const onDisk = listNetworkFiles(root);
    const atCommit = await readNetworkAt(place, root, { select: () => true });
    expect(atCommit.listing).toEqual(onDisk);
    expect(onDisk.files.map((file) => [file.path, file.entry])).toEqual(
      expect.arrayContaining([
        ['labs/lahore/members/alias.yaml', 'symlink'],
        ['labs/lahore/members/passwd.yaml', 'symlink-outside'],
        ['labs/lahore/photos', 'folder'],
        ['labs/Bad Lab/lab.yaml', 'file'],
      ]),
    );
    const readFiles = onDisk.files.filter((file) => file.entry === 'file');
    expect(Object.fromEntries(readFiles.map((file) => [file.path, atCommit.read.get(file.path)]))).toEqual(
      Object.fromEntries(readFiles.map((file) => [file.path, readSource(join(root, file.path))])),
    );
    expect([...atCommit.templates]).toEqual([['monthly.md.hbs', '# {{lab.name}}\n'], ['partials/events.md.hbs', 'events\n']]);
    expect((await listAt(place, root)).labDirs).toEqual(['Bad Lab', 'karachi', 'lahore']);
  });

  it('lists only the labs asked for, and reads only the files picked', async () => {
    const { top, root } = committed();
    const place = { top, prefix: '', commit: git(top, 'rev-parse', 'HEAD').trim() };
    const atCommit = await readNetworkAt(place, root, { labs: ['karachi'], select: (file) => file.kind === 'config' || file.kind === 'lab' });
    expect(atCommit.listing).toEqual(listNetworkFiles(root, ['karachi']));
    expect([...atCommit.read.keys()]).toEqual(['cil.yaml', 'labs/karachi/lab.yaml']);
  });

  it('is the commit asked for, not the files on disk', async () => {
    const { top, root } = committed();
    const commit = git(top, 'rev-parse', 'HEAD').trim();
    writeFileSync(join(root, 'cil.yaml'), 'network: Changed on disk\n');
    mkdirSync(join(root, 'labs/quetta'));
    const atCommit = await readNetworkAt({ top, prefix: '', commit }, root, { select: () => true });
    expect(atCommit.read.get('cil.yaml')).toEqual({ text: BASE['cil.yaml'] });
    expect(atCommit.listing.labDirs).not.toContain('quetta');
  });
});
