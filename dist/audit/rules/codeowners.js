import { CODEOWNERS_HEADER, codeowners as codeownersOf } from '../../github/codeowners.js';
/** When a network keeps the CODEOWNERS `cil codeowners` writes, it must match the records. */
export const codeowners = {
    id: 'codeowners',
    name: 'CodeownersCurrent',
    description: 'When the network repo has a .github/CODEOWNERS written by `cil codeowners`, it matches the labs\' active leads and the core team.',
    severity: 'error',
    help: {
        why: 'GitHub asks the owners in CODEOWNERS to review each pull request: a stale file asks people who are no longer leads, or nobody, to approve a lab\'s changes.',
        fix: 'Run `cil codeowners` and commit the `.github/CODEOWNERS` it writes.',
        example: {
            file: '.github/CODEOWNERS',
            finding: '.github/CODEOWNERS error codeowners CODEOWNERS no longer matches the labs\' leads and the core team; run `cil codeowners` and commit the result',
        },
    },
    reads: { network: ['codeowners', 'lab', 'member'], whenPresent: 'codeowners' },
    dated: true,
    check({ network, settings, asOf, report }) {
        const file = network.files.find((candidate) => candidate.kind === 'codeowners');
        if (file?.text === undefined || !file.text.startsWith(CODEOWNERS_HEADER))
            return;
        if (file.text.replace(/\r\n/g, '\n') === codeownersOf(network, settings, asOf).text)
            return;
        report({
            file: file.path,
            message: 'CODEOWNERS no longer matches the labs\' leads and the core team; run `cil codeowners` and commit the result',
        });
    },
};
