import { formatDay } from '../../calendar/format.js';
import { pastDiscovery } from '../../handbook/projects.js';
/** CfP's fellowship lesson: a written MoU with the partner department is signed before a project starts. */
export const projectMou = {
    id: 'project-mou',
    description: "A project past discovery has a partner and a signed MoU (the project's `mou_signed`, or its partner's in lab.yaml), dated no later than the day work started.",
    severity: 'error',
    reads: 'lab',
    check({ network, report }) {
        for (const { folder, id, file, project } of pastDiscovery(network)) {
            const partner = folder.lab?.record?.partners?.find((candidate) => candidate.id === project.partner);
            const signed = project.mou_signed ?? partner?.mou_signed;
            if (project.partner === undefined || signed === undefined) {
                report({
                    file: file.path,
                    path: ['status'],
                    message: `project ${project.name} (${id}) of lab ${folder.id} is ${project.status} without ${project.partner === undefined ? 'a partner and ' : ''}a signed MoU; sign one with the partner department and record \`partner\` and \`mou_signed\``,
                });
            }
            else if (project.started !== undefined && signed > project.started) {
                report({
                    file: file.path,
                    path: [project.mou_signed !== undefined ? 'mou_signed' : 'started'],
                    severity: 'warning',
                    message: `the MoU of project ${project.name} (${id}) was signed on ${formatDay(signed)}, after work started on ${formatDay(project.started)}; sign the MoU before building next time`,
                });
            }
        }
    },
};
