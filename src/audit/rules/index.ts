import type { Rule } from '../types.js';
import { fileName } from './file-name.js';
import { reference } from './reference.js';
import { reportStale } from './report-stale.js';
import { schema } from './schema.js';
import { yamlSyntax } from './yaml-syntax.js';

/** Every audit rule, in the order their findings are best read. */
export const RULES: readonly Rule[] = [yamlSyntax, schema, fileName, reference, reportStale];
