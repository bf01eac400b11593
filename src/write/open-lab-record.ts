import { CliError } from '../errors.js';
import type { LabRecord } from '../schema/records.generated.js';
import { type OpenLab, openLab } from './open-lab.js';
import type { WritingOptions } from './writing-command.js';

/** A lab opened to edit its lab.yaml: the file's path and text, and its record as it is. */
export interface OpenLabRecord extends OpenLab {
  path: string;
  text: string;
  record: LabRecord;
}

/** Opens a lab's lab.yaml to edit it; a lab.yaml with problems is fixed first, as the audit says. */
export function openLabRecord(options: WritingOptions, labId: string): OpenLabRecord {
  const opened = openLab(options, labId);
  const file = opened.lab.lab;
  if (!file?.record || file.text === undefined) {
    const path = file?.path ?? `${opened.lab.dir}/lab.yaml`;
    throw new CliError(`${path} has problems to fix first; \`cil audit ${path}\` shows them`);
  }
  return { ...opened, path: file.path, text: file.text, record: file.record };
}
