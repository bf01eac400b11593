import { CliError } from '../errors.js';
import { openLab } from './open-lab.js';
/** Opens a lab's lab.yaml to edit it; a lab.yaml with problems is fixed first, as the audit says. */
export function openLabRecord(options, labId) {
    const opened = openLab(options, labId);
    const file = opened.lab.lab;
    if (!file?.record || file.text === undefined) {
        const path = file?.path ?? `${opened.lab.dir}/lab.yaml`;
        throw new CliError(`${path} has problems to fix first; \`cil audit ${path}\` shows them`);
    }
    return { ...opened, path: file.path, text: file.text, record: file.record };
}
