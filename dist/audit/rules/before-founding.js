import { formatDay } from '../../calendar/format.js';
import { reportPeriod } from '../../handbook/report-names.js';
/** A lab's records tell its story from its founding: nothing in them can come earlier. */
export const beforeFounding = {
    id: 'before-founding',
    description: "No event, member, project or periodic report of a lab is dated before the lab was founded (lab.yaml's `founded`).",
    severity: 'error',
    reads: 'lab',
    check({ network, report }) {
        for (const folder of network.labs.values()) {
            const founded = folder.lab?.record?.founded;
            if (founded === undefined)
                continue;
            /** Reports `field` of a record when its date comes before the founding; `happened` says what the date is, in words. */
            const early = (file, field, date, happened) => {
                if (date === undefined || date >= founded)
                    return;
                report({
                    file,
                    path: [field],
                    message: `${happened(formatDay(date))}, before lab ${folder.id} was founded (${formatDay(founded)}); correct \`${field}\`, or the lab's \`founded\` in lab.yaml`,
                });
            };
            for (const { path, record } of folder.events.values())
                early(path, 'date', record?.date, (day) => `this event took place on ${day}`);
            for (const { path, record } of folder.members.values())
                early(path, 'joined', record?.joined, (day) => `${record?.name} joined on ${day}`);
            for (const { path, record } of folder.projects.values())
                early(path, 'started', record?.started, (day) => `this project started on ${day}`);
            for (const { path, record } of folder.reports.values()) {
                const period = record && reportPeriod(record);
                early(path, 'period', period?.end, (day) => `this report is for ${period?.label}, which ended on ${day}`);
            }
        }
    },
};
