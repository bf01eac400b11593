import { spawnSync } from 'node:child_process';
/**
 * What git says of `private/` in a network folder on disk: the files its index tracks there
 * and whether its ignore rules (the .gitignore files, info/exclude, core.excludesFile) cover
 * the folder. Undefined outside a git work tree, or without git. Synchronous, as the audit's
 * rules are; two short git commands.
 */
export function privateFolderOnDisk(root) {
    const git = (args) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    const listed = git(['--literal-pathspecs', 'ls-files', '-z', '--', 'private/']);
    if (listed.error || listed.status !== 0)
        return undefined;
    const ignored = git(['check-ignore', '-q', '--no-index', '--', 'private/']);
    if (ignored.error || (ignored.status !== 0 && ignored.status !== 1))
        return undefined;
    return { tracked: listed.stdout.split('\0').filter((path) => path !== '').sort(), ignored: ignored.status === 0 };
}
