import { readCommand } from './declare.js';
/** Tells, one line a file on standard error, what an export left out and why; the export itself still succeeds. */
export function sayLeftOut(io, leftOut) {
    for (const { file, why } of leftOut)
        io.stderr.write(`cil: left out ${file}: ${why}\n`);
}
/** `cil export csv|json`, added to the `export` group. */
export function addExportDataCommands(group, { io }) {
    // Written to a file atomically, or to standard output (`cil export csv members > members.csv`).
    const deliver = async ({ text, leftOut }, out) => {
        sayLeftOut(io, leftOut);
        if (out === undefined)
            io.stdout.write(text);
        else
            (await import('../write/export-file.js')).writeExportFile(io.cwd, out, text);
    };
    readCommand(group, 'csv', 'one kind of record as a sheet (RFC 4180, UTF-8): labs, members, events, attendance, projects, kpis, partners or reports', {
        load: () => import('../commands/export-csv.js'),
        inputs: (module) => module.exportCsvInputs,
        async run(module, { args, answers, globals }) {
            const { lab, public: isPublic, bom, out } = answers;
            const { repo, asOf } = globals;
            await deliver(module.exportCsv({ cwd: io.cwd, repo, asOf, kind: args.kind, labs: lab, public: isPublic, bom }), out);
        },
    });
    readCommand(group, 'json', 'the whole network as one JSON document (schemas/export.schema.json): records, report figures, standing', {
        load: () => import('../commands/export-json.js'),
        inputs: (module) => module.exportJsonInputs,
        async run(module, { answers, globals }) {
            const { lab, public: isPublic, out } = answers;
            await deliver(module.exportJson({ cwd: io.cwd, repo: globals.repo, asOf: globals.asOf, labs: lab, public: isPublic }), out);
        },
    });
}
