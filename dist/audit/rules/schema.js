/** Reports where a record breaks its JSON Schema (validated by the loader). */
export const schema = {
    id: 'schema',
    description: "Every record matches its kind's JSON Schema in schemas/: required fields present, no unknown fields, values of the right type and form.",
    severity: 'error',
    reads: 'lab',
    check({ network, report }) {
        for (const file of network.files) {
            for (const problem of file.schemaProblems)
                report({ file: file.path, ...problem });
        }
    },
};
