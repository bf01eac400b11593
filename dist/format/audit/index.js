import { formatGithub } from './github.js';
import { formatHuman } from './human.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
/** The audit's output formats, by the name `--format` takes (TypeScript keeps the two lists equal). */
export const FORMATTERS = {
    human: formatHuman,
    json: formatJson,
    github: formatGithub,
    sarif: formatSarif,
    junit: formatJunit,
    markdown: formatMarkdown,
};
