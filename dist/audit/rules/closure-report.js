/** The handbook: a project closure report documents outcomes, challenges and lessons. */
export const closureReport = {
    id: 'closure-report',
    description: 'A project that is closed or handed over has its closure report, `<project>-closure`.',
    severity: 'error',
    help: {
        why: 'A closed or handed-over project owes the network its closure report: what was built, who uses it, who maintains it now, and what was learnt.',
        fix: 'Draft it with `cil report closure <lab> --project <project>` (or close the project with `cil project close`, which drafts it), complete it and render it.',
        example: {
            file: 'labs/karachi/projects/flood-relief-map.yaml',
            yaml: 'name: Monsoon Flood Relief Map\nproblem: Families in low-lying areas do not know where relief camps are\nstatus: closed\n',
            finding: 'labs/karachi/projects/flood-relief-map.yaml:3:9 error closure-report project Monsoon Flood Relief Map (flood-relief-map) of lab karachi is closed but has no closure report; draft it with `cil report closure karachi --project flood-relief-map`',
        },
    },
    reads: 'lab',
    check({ network, report }) {
        for (const folder of network.labs.values()) {
            for (const [id, file] of folder.projects) {
                const status = file.record?.status;
                if ((status !== 'closed' && status !== 'handed-over') || folder.reports.has(`${id}-closure`))
                    continue;
                report({
                    file: file.path,
                    path: ['status'],
                    message: `project ${file.record?.name} (${id}) of lab ${folder.id} is ${status} but has no closure report; draft it with \`cil report closure ${folder.id} --project ${id}\``,
                });
            }
        }
    },
};
