import { relative, resolve, sep } from 'node:path';
import { CliError } from '../errors.js';
import { activeOn } from '../handbook/membership.js';
import { withoutContactData } from '../text/contact-data.js';
import { headCountCategories, matchSheet, readSheet, sheetNotes } from './sign-in-sheet.js';
/** The lab's members as a sheet is matched against them. */
export function sheetMembers(lab) {
    return [...lab.members.entries()].flatMap(([id, file]) => {
        const record = file.record;
        if (!record)
            return [];
        const { name, github, gender } = record;
        return [{ id, name, ...(github ? { github } : {}), ...(gender ? { gender } : {}) }];
    });
}
/** Reads a sheet (a path from `cwd`) and matches it against a lab's members. */
export function readAttendance(cwd, root, file, lab) {
    const categories = headCountCategories();
    const sheet = readSheet(cwd, file, categories);
    const match = matchSheet(sheet, sheetMembers(lab), categories);
    const inRepo = relative(root, resolve(cwd, file));
    const exposed = !inRepo.startsWith('..') && !inRepo.startsWith(`private${sep}`) ? inRepo.split(sep).join('/') : undefined;
    return { sheet, match, categories, ...(exposed === undefined ? {} : { exposed }) };
}
const nameOf = ({ id, name }) => `${name} (${id})`;
/**
 * Settles the rows that may be one of several members. A row is settled when one of its
 * candidates is `known` present (given with --present); else it is asked about on the
 * prompter, with "not a member" as a choice; without one, it is refused naming the sheet, the
 * line, the candidates and the fixes. Returns the members chosen.
 */
export async function settleAmbiguous(attendance, known, prompter) {
    const { file } = attendance.sheet;
    const open = attendance.match.ambiguous.filter((row) => !row.candidates.some((candidate) => known.includes(candidate.id)));
    const [first] = open;
    if (!first)
        return [];
    if (!prompter)
        throw new CliError(refusal(file, first, open.length - 1));
    const chosen = [];
    for (const row of open) {
        const id = await prompter.select({
            message: `${file} line ${row.line}: who is \`${withoutContactData(row.name)}\`?`,
            choices: [...row.candidates.map((candidate) => ({ name: nameOf(candidate), value: candidate.id })), { name: 'not a member of the lab', value: '' }],
        });
        if (id !== '')
            chosen.push({ id, line: row.line });
    }
    return chosen;
}
function refusal(file, row, more) {
    const names = row.candidates.map(nameOf);
    const may = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
    const also = more > 0 ? ` (and ${more} more ${more === 1 ? 'row' : 'rows'} like it)` : '';
    return `--attendance-from: ${file} line ${row.line}: \`${withoutContactData(row.name)}\` may be ${may}${also}, and there is no terminal to ask; `
        + `write the name in that cell as the member's record has it (or a guest's full name), or give --present ${row.candidates[0]?.id ?? '<id>'} to say who came`;
}
/**
 * The members a sheet marks present at an event on `date` (those settled included), and notes
 * for the user: who signed but was no member that day (counted, not present), what was dropped.
 */
export function presentOn(attendance, settled, lab, date) {
    const { sheet, match } = attendance;
    const present = [];
    const notes = [];
    for (const { id, line } of [...match.present, ...settled]) {
        const record = lab.members.get(id)?.record;
        if (present.includes(id) || !record)
            continue;
        if (activeOn(record, date))
            present.push(id);
        else
            notes.push(`${record.name} (${id}) signed ${sheet.file} (line ${line}) but was not a member of lab ${lab.id} on ${date}: counted in the head counts, not marked present.`);
    }
    const counted = { ...match, present: present.map((id) => ({ id, line: 0 })) };
    const exposed = attendance.exposed === undefined ? [] : [`${attendance.exposed} holds people's details and lies in the network repo: move it to private/ (never committed) or out of the repo.`];
    return { present, notes: [...sheetNotes(sheet, counted, attendance.categories), ...notes, ...exposed] };
}
