import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CliError } from '../errors.js';
import { parseYaml } from '../network/parse-yaml.js';
import { readSource } from '../network/read-source.js';
import { recordToYaml } from './record-yaml.js';
/** Where drafts are kept: in private/, which a network repo never tracks. */
const DRAFTS = 'private/drafts';
/**
 * Keeps a command's answers in a draft file in the network repo's private/drafts/, and
 * returns its path from the repo's folder. Answers that failed a final check are kept, not lost.
 */
export function keepDraft(root, answers) {
    const folder = join(root, DRAFTS);
    mkdirSync(folder, { recursive: true });
    const stamp = new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-');
    let path = join(folder, `answers-${stamp}.yaml`);
    for (let n = 2; existsSync(path); n++)
        path = join(folder, `answers-${stamp}-${n}.yaml`);
    const kept = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined));
    writeFileSync(path, recordToYaml(kept, 'Answers kept by cil; give --from with this file to start again from them.'), { flag: 'wx' });
    return relative(root, path).split('\\').join('/');
}
/** The answers of a draft file (a path from the working folder), by field key. */
export function readDraft(cwd, path) {
    const absolute = resolve(cwd, path);
    if (!existsSync(absolute))
        throw new CliError(`--from: ${path} does not exist`);
    const read = readSource(absolute);
    if ('problem' in read)
        throw new CliError(`--from: ${path}: ${read.problem.message}`);
    const parsed = parseYaml(read.text);
    const data = parsed.data;
    if (parsed.problems.length > 0 || data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new CliError(`--from: ${path} is not a draft of answers (a mapping of answers by field)`);
    }
    return { ...data };
}
