import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from '../errors.js';
/**
 * The network repo's root: the folder given with `-C/--repo`, which must hold `cil.yaml`,
 * or else the nearest folder holding `cil.yaml` from `cwd` upwards.
 */
export function findNetworkRoot(cwd, repo) {
    if (repo !== undefined) {
        const root = resolve(cwd, repo);
        if (!isFolder(root))
            throw new CliError(`${repo} is not a folder; give -C the folder that holds cil.yaml`);
        if (!existsSync(join(root, 'cil.yaml'))) {
            throw new CliError(`${repo} is not a network repo: it has no cil.yaml (run \`cil init\` there to create one)`);
        }
        return root;
    }
    for (let folder = resolve(cwd);; folder = dirname(folder)) {
        if (existsSync(join(folder, 'cil.yaml')))
            return folder;
        if (dirname(folder) === folder)
            break;
    }
    throw new CliError('no network repo here: no cil.yaml in this folder or any folder above it; run `cil init` to create one, or name one with -C <folder>');
}
function isFolder(path) {
    try {
        return statSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
