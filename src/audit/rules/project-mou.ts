import { formatDay } from '../../calendar/format.js';
import { pastDiscovery, projectMouSigned } from '../../handbook/projects.js';
import type { Rule } from '../types.js';

/** CfP's fellowship lesson: a written MoU with the partner department is signed before a project starts. */
export const projectMou: Rule = {
  id: 'project-mou',
  description:
    "A project past discovery has a partner and a signed MoU (the project's `mou_signed`, or its partner's in lab.yaml), dated no later than the day work started.",
  severity: 'error',
  help: {
    why: 'The handbook asks for a signed memorandum of understanding with the partner department before a lab builds for it: it protects the volunteers, the partner and the data.',
    fix: 'Sign an MoU with the partner, then record `partner` and `mou_signed` on the project (or `mou_signed` on the partner in lab.yaml). Next time, sign before work starts.',
    example: {
      file: 'labs/quetta/projects/school-finder.yaml',
      yaml: 'name: Balochistan School Finder\nproblem: Parents cannot tell which nearby government schools are open\nstatus: building\nstarted: 2026-09-01\n',
      finding: 'labs/quetta/projects/school-finder.yaml:3:9 error project-mou project Balochistan School Finder (school-finder) of lab quetta is building without a partner and a signed MoU; sign one with the partner department and record `partner` and `mou_signed`',
    },
  },
  reads: 'lab',
  check({ network, report }) {
    for (const { folder, id, file, project } of pastDiscovery(network)) {
      const signed = projectMouSigned(project, folder.lab?.record);
      if (project.partner === undefined || signed === undefined) {
        report({
          file: file.path,
          path: ['status'],
          message: `project ${project.name} (${id}) of lab ${folder.id} is ${project.status} without ${project.partner === undefined ? 'a partner and ' : ''}a signed MoU; sign one with the partner department and record \`partner\` and \`mou_signed\``,
        });
      } else if (project.started !== undefined && signed > project.started) {
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
