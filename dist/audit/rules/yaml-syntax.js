/** Reports what stopped a record file from being read or parsed (found by the loader). */
export const yamlSyntax = {
    id: 'yaml-syntax',
    description: 'Every record file is UTF-8 text under 1 MiB holding one valid YAML document: no tabs for indentation, duplicate keys, unknown tags or alias bombs.',
    severity: 'error',
    reads: 'lab',
    check({ network, report }) {
        for (const file of network.files) {
            for (const problem of file.syntaxProblems)
                report({ file: file.path, ...problem });
        }
    },
};
