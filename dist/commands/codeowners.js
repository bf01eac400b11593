import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveAsOf } from '../calendar/today.js';
import { networkInRepo } from '../git/change.js';
import { codeowners as codeownersOf } from '../github/codeowners.js';
import { CODEOWNERS } from '../network/layout.js';
import { findNetworkRoot } from '../network/find-root.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { flag } from '../prompt/fields.js';
import { writeFiles } from '../write/write-files.js';
/** What `cil codeowners` takes from its command line. */
export const codeownersInputs = {
    arguments: {},
    fields: { check: flag({ question: 'Write nothing; exit 1 when the file is stale or missing' }) },
};
/**
 * `cil codeowners [--check]`: .github/CODEOWNERS at the repository root, from the records.
 * It fails closed: a file that would leave any path without an owner is not written.
 */
export async function codeowners(options) {
    const root = findNetworkRoot(options.cwd, options.repo);
    const network = loadNetwork(root);
    const settings = resolveSettings(network.config);
    const place = await networkInRepo(root);
    const folder = place?.top ?? root;
    const { text, problems } = codeownersOf(network, settings, resolveAsOf(options.asOf, settings.timezone), place?.prefix ?? '');
    const target = join(folder, CODEOWNERS);
    const current = existsSync(target) ? readFileSync(target, 'utf8').replace(/\r\n/g, '\n') : undefined;
    const changed = current !== text;
    if (problems.length > 0)
        return { path: CODEOWNERS, folder, changed, problems, exitCode: 1 };
    if (changed && !options.check)
        writeFiles(folder, [{ path: CODEOWNERS, text, replaces: true }]);
    return { path: CODEOWNERS, folder, changed, problems, exitCode: changed && options.check ? 1 : 0 };
}
