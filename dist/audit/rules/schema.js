/** Reports where a record breaks its JSON Schema (validated by the loader). */
export const schema = {
    id: 'schema',
    name: 'RecordMatchesSchema',
    description: "Every record matches its kind's JSON Schema in schemas/: required fields present, no unknown fields, values of the right type and form.",
    severity: 'error',
    help: {
        why: 'The schemas are the data format: reports, `cil status` and the exports rely on every record having its fields, of the right type and form. A misspelt field would otherwise be ignored without a word, and a bad date would break every count that uses it.',
        fix: 'Do what the message says: add the missing field, rename or remove the unknown one, or write the value in the form asked for (dates as YYYY-MM-DD, ids in lowercase letters, digits and hyphens). The schemas in `schemas/` describe every field, and an editor set up by `cil init` completes and checks them.',
        example: {
            file: 'labs/peshawar/members/zainab-bibi.yaml',
            yaml: 'name: Zainab Bibi\njoined: 2026-02-30\n',
            finding: 'labs/peshawar/members/zainab-bibi.yaml:2:9 error schema `joined` must be a real date from 2000 to 2100 written YYYY-MM-DD, like 2026-11-05; `2026-02-30` is not',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const file of network.files) {
            for (const problem of file.schemaProblems)
                report({ file: file.path, ...problem });
        }
    },
};
