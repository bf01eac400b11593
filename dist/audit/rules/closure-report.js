/** The handbook: a project closure report documents outcomes, challenges and lessons. */
export const closureReport = {
    id: 'closure-report',
    description: 'A project that is closed or handed over has its closure report, `<project>-closure`.',
    severity: 'error',
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
