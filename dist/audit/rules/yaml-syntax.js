/** Reports what stopped a record file from being read or parsed (found by the loader). */
export const yamlSyntax = {
    id: 'yaml-syntax',
    description: 'Every record file is UTF-8 text under 1 MiB holding one valid YAML document: no tabs for indentation, duplicate keys, unknown tags or alias bombs.',
    severity: 'error',
    help: {
        why: 'A file that is not one valid YAML document cannot be read: no other check, report or export sees its record, and YAML readers disagree on such files (a duplicate key, a tab), so what one tool reads another may not.',
        fix: 'Correct the YAML at the line shown: indent with spaces, keep each key once, quote a value that starts with a special character, keep one document per file and save it as UTF-8. An editor set up by `cil init` underlines these as you type.',
        example: {
            file: 'labs/quetta/members/kamran-zehri.yaml',
            yaml: 'name: Kamran Zehri\njoined: 2026-06-13\nname: Kamran Z.\n',
            finding: 'labs/quetta/members/kamran-zehri.yaml:3:1 error yaml-syntax `name` appears twice in the same mapping; keep only one of them',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const file of network.files) {
            for (const problem of file.syntaxProblems)
                report({ file: file.path, ...problem });
        }
    },
};
