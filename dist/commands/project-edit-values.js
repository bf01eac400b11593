import { bySchema, knownMembers } from '../prompt/record-fields.js';
import { closestMatch } from '../text/closest.js';
/** `sara-malik:technologist` (the role may be left out, and is taken in any case: `Technologist`). */
export function parseTeamEntry(line) {
    const [member = '', role = ''] = line.split(':').map((part) => part.trim());
    return role === '' ? { member } : { member, role: role.toLowerCase() };
}
/** Why a line of `--add-member` is refused: a member the lab does not have, or a role the handbook does not name. */
export function teamProblem(lines, lab) {
    for (const line of lines) {
        const { member, role } = parseTeamEntry(line);
        if (member === '' || line.split(':').length > 2)
            return `\`${line}\` is not member:role, like sara-malik:technologist`;
        const problem = knownMembers(lab, member) ?? (role === undefined ? undefined : bySchema('project', ['team', 0, 'role'])(role));
        if (problem !== undefined)
            return problem;
    }
    return undefined;
}
/** `Weekly active users:1000:users` (target and unit may be left out); a target that is no number stays text, for the check to refuse. */
export function parseNewKpi(line) {
    const [name = '', target = '', ...unit] = line.split(':').map((part) => part.trim());
    const kpi = { name };
    if (target !== '')
        kpi.target = Number(target);
    if (unit.join(':') !== '')
        kpi.unit = unit.join(':');
    return kpi;
}
/** Why a line of `--add-kpi` is refused: no name, a target that is not a number, a KPI the project has. */
export function newKpisProblem(lines, kpis) {
    const names = kpis.map((kpi) => kpi.name);
    for (const line of lines) {
        const kpi = parseNewKpi(line);
        if (kpi.name === '')
            return `\`${line}\` has no name: write name:target:unit, like "Weekly active users:1000:users"`;
        if (kpi.target !== undefined && !Number.isFinite(kpi.target)) {
            return `the target of \`${line}\` is not a number: write name:target:unit, like "Weekly active users:1000:users"`;
        }
        if (names.includes(kpi.name))
            return `the project has a KPI \`${kpi.name}\` already; set its value with --kpi "${kpi.name}=<actual>"`;
        const problem = bySchema('project', ['kpis', 0, 'name'])(kpi.name) ?? (kpi.unit === undefined ? undefined : bySchema('project', ['kpis', 0, 'unit'])(kpi.unit));
        if (problem !== undefined)
            return problem;
        names.push(kpi.name);
    }
    return undefined;
}
/** `Weekly active users=450`: the last `=` parts the name from the value. */
export function parseKpiUpdate(line) {
    const at = line.lastIndexOf('=');
    const value = at === -1 ? '' : line.slice(at + 1).trim();
    return { name: (at === -1 ? line : line.slice(0, at)).trim(), actual: value === '' ? Number.NaN : Number(value) };
}
/** Why a line of `--kpi` is refused: not name=number, or a KPI the project does not have (with the nearest name). */
export function kpiUpdatesProblem(lines, kpis) {
    const names = kpis.map((kpi) => kpi.name);
    for (const line of lines) {
        const { name, actual } = parseKpiUpdate(line);
        if (name === '' || !Number.isFinite(actual))
            return `\`${line}\` is not name=actual with a number, like "Weekly active users=450"`;
        if (names.includes(name))
            continue;
        const near = closestMatch(name, names);
        const known = near !== undefined ? `; did you mean \`${near}\`?` : names.length > 0 ? ` (KPIs: ${names.join(', ')})` : '';
        return `the project has no KPI \`${name}\`${known}; add one with --add-kpi "${name}:<target>:<unit>"`;
    }
    return undefined;
}
