import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CliError } from '../errors.js';
import { propertyOrder } from '../schema/property-order.js';
import { withoutContactData } from '../text/contact-data.js';
import { closeness, comparableName, nameDistance } from '../text/person-name.js';
import { slugify } from '../text/slug.js';
import { categoriesOf, findColumns, womanOrMan } from './sign-in-columns.js';
/** The head counts of an event, as its schema names them (citizens, technologists, government), women aside. */
export const headCountCategories = () => propertyOrder('event', ['audience']).filter((key) => key !== 'women');
/** How many leading rows may sit above the header row (a title typed over a paper sheet). */
const HEADER_SEARCH = 5;
/** The people on a sheet, from its CSV text; a sheet without a column of names is refused. */
export function parseSheet(text, file, categories = headCountCategories()) {
    const records = parseCsv(text, file);
    const found = records.slice(0, HEADER_SEARCH).findIndex(({ cells }) => findColumns(cells, [], categories) !== undefined);
    const header = records[found];
    if (!header) {
        const first = records[0]?.cells.filter((cell) => cell.trim() !== '').join(', ');
        throw new CliError(`--attendance-from: ${file} has no column of names${first ? ` (its columns: ${first})` : ''}; give the column of names a header such as Name or Full name`);
    }
    const body = records.slice(found + 1);
    const columns = findColumns(header.cells, body.map(({ cells }) => cells), categories);
    if (!columns)
        throw new Error('the header row lost its column of names');
    const cell = (cells, index) => (index === undefined ? '' : (cells[index] ?? '').trim());
    const rows = [];
    for (const { line, cells } of body) {
        const name = columns.name.map((index) => cell(cells, index)).filter((part) => part !== '').join(' ');
        const category = cell(cells, columns.category);
        const gender = cell(cells, columns.gender);
        if (name === '' && category === '' && gender === '')
            continue;
        const inCounts = categoriesOf(category, categories);
        rows.push({
            line,
            name,
            ...(cell(cells, columns.github) === '' ? {} : { github: cell(cells, columns.github) }),
            categories: inCounts,
            ...(inCounts.length === 0 && category !== '' ? { otherCategory: category } : {}),
            ...(womanOrMan(gender) === undefined ? {} : { gender: womanOrMan(gender) }),
        });
    }
    const headerOf = (index) => header.cells[index]?.trim() ?? '';
    return {
        file,
        rows,
        hasCategory: columns.category !== undefined,
        hasGender: columns.gender !== undefined,
        dropped: columns.contact.map(headerOf),
        ignored: columns.ignored.map(headerOf).filter((name) => name !== ''),
    };
}
/** The records of a CSV text, each with the line it starts on; BOM, CRLF, quotes and blank lines taken care of. */
function parseCsv(text, file) {
    const lines = text.replace(/\r\n?/g, '\n');
    const firstLine = lines.replace(/^\ufeff/, '').split('\n', 1)[0] ?? '';
    // A sheet saved with semicolons or tabs (a spreadsheet's regional setting, a paste) says so in its first line.
    const delimiter = firstLine.includes(',') ? ',' : firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
    const records = [];
    try {
        parse(lines, {
            bom: true,
            delimiter,
            relax_column_count: true,
            relax_quotes: true,
            skip_empty_lines: true,
            skip_records_with_empty_values: true,
            // csv-parse counts the line a record ends on; a quoted cell may span lines.
            on_record: (record, { lines: end }) => {
                records.push({ line: end - record.join('').split('\n').length + 1, cells: record });
                return record;
            },
        });
        return records;
    }
    catch (error) {
        const where = typeof error.lines === 'number' ? ` line ${error.lines}` : '';
        throw new CliError(`--attendance-from: ${file}${where} is not readable as CSV (${error.message}); save the sheet again as CSV (comma-separated values)`);
    }
}
const MAX_SHEET_BYTES = 8 * 2 ** 20;
/** Reads a sheet from a path given on the command line (from `cwd`), refusing what is no CSV sheet. */
export function readSheet(cwd, file, categories) {
    const path = resolve(cwd, file);
    if (!existsSync(path) || !statSync(path).isFile()) {
        throw new CliError(`--attendance-from: ${file} does not exist; give the path of the sign-in sheet saved as CSV (in Google Forms: Responses, Download responses)`);
    }
    // A sign-in sheet of ten thousand people is under a mebibyte; a file far larger is no sheet.
    if (statSync(path).size > MAX_SHEET_BYTES) {
        throw new CliError(`--attendance-from: ${file} is larger than ${MAX_SHEET_BYTES / 2 ** 20} MiB, too large for a sign-in sheet; give the sheet of one event, saved as CSV`);
    }
    const bytes = readFileSync(path);
    if (['.xlsx', '.xls', '.ods', '.numbers'].includes(extname(file).toLowerCase()) || bytes.includes(0)) {
        throw new CliError(`--attendance-from: ${file} is a spreadsheet, not CSV; save it as CSV (File, Download, Comma-separated values) and give that file`);
    }
    return parseSheet(bytes.toString('utf8'), file, categories);
}
const githubOf = (text) => text.trim().replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, '').replace(/^@/, '').replace(/\/.*$/, '').toLowerCase();
/** The member a row surely names: by GitHub handle, by name as recorded, or by id (`ayesha-khan`, or a name that makes it). */
function surely(row, members) {
    const github = row.github === undefined ? '' : githubOf(row.github);
    const byGithub = github === '' ? undefined : members.find((member) => member.github?.toLowerCase() === github);
    if (byGithub)
        return { member: byGithub };
    const name = comparableName(row.name);
    if (name === '')
        return undefined;
    // Spaces aside: `زینب بیبی` is `زینب بی بی`.
    const joined = (text) => text.replace(/ /g, '');
    const same = members.filter((member) => joined(comparableName(member.name)) === joined(name));
    if (same.length > 1)
        return { candidates: same };
    const byId = same[0] ?? members.find((member) => member.id === row.name.trim() || member.id === slugify(row.name));
    return byId && { member: byId };
}
/**
 * How far a name on the sheet is from a member's, and whether it is near enough to ask
 * about: its words not in theirs a near miss of their words not in its (`Aysha Kan`), or
 * only some of their words (a first name alone). A word they share says nothing: a guest
 * `Muhammad Imran` is no near miss of `Muhammad Usman`.
 */
function apartFrom(name, recorded) {
    const apart = nameDistance(name, recorded);
    const words = name.split(' ');
    const theirWords = recorded.split(' ');
    const own = words.filter((word) => !theirWords.includes(word)).join(' ');
    const theirs = theirWords.filter((word) => !words.includes(word)).join(' ');
    if (own === '')
        return { apart, near: theirs !== '' };
    return { apart, near: nameDistance(own, theirs) <= closeness(own).near };
}
/**
 * The member a row names by closeness: one typo (two in a long name) is surely them, unless
 * another member is as close; a near miss, or a name several members are as close to, is
 * asked about.
 */
function closest(row, members) {
    const name = comparableName(row.name);
    if (name === '')
        return undefined;
    const { sure } = closeness(name);
    const scored = members
        .map((member) => {
        const [byName, byId] = [apartFrom(name, comparableName(member.name)), apartFrom(name, member.id.replace(/-/g, ' '))];
        return { member, apart: Math.min(byName.apart, byId.apart), near: byName.near || byId.near };
    })
        .filter(({ apart, near }) => apart <= sure || near)
        .sort((a, b) => a.apart - b.apart);
    const [best, next] = scored;
    if (!best)
        return undefined;
    if (best.apart <= sure && (next === undefined || next.apart > sure))
        return { member: best.member };
    return { candidates: scored.slice(0, 4).map(({ member }) => member) };
}
/**
 * Matches a sheet's rows to a lab's members: exact matches first (GitHub handle, name, id),
 * then closeness among the members not matched exactly (so that `Sana Malik` is not taken for
 * Sara Malik who signed too). Everyone is counted into the head counts, members included,
 * as the event schema counts them; a member's gender comes from their record when the row
 * leaves it blank.
 */
export function matchSheet(sheet, members, categories = headCountCategories()) {
    const firstPass = sheet.rows.map((row) => surely(row, members));
    const taken = new Set(firstPass.flatMap((found) => (found && 'member' in found ? [found.member.id] : [])));
    const others = members.filter((member) => !taken.has(member.id));
    const found = firstPass.map((first, index) => first ?? closest(sheet.rows[index], others));
    const present = [];
    const ambiguous = [];
    const counts = Object.fromEntries(categories.map((category) => [category, 0]));
    let women = 0;
    let repeated = 0;
    const uncounted = { count: 0, categories: [] };
    const seen = new Set();
    sheet.rows.forEach((row, index) => {
        const result = found[index];
        const member = result && 'member' in result ? result.member : undefined;
        const who = member ? `member ${member.id}` : `name ${comparableName(row.name)}`;
        if (seen.has(who) && row.name !== '') {
            repeated++;
            return;
        }
        seen.add(who);
        if (member)
            present.push({ id: member.id, line: row.line });
        if (result && 'candidates' in result) {
            ambiguous.push({ line: row.line, name: row.name, candidates: result.candidates.map(({ id, name }) => ({ id, name })) });
        }
        for (const category of row.categories)
            counts[category] = (counts[category] ?? 0) + 1;
        if (row.categories.length === 0) {
            uncounted.count++;
            const other = row.otherCategory;
            if (other !== undefined && !uncounted.categories.includes(other))
                uncounted.categories.push(other);
        }
        else if ((row.gender ?? (member?.gender === 'woman' ? 'woman' : undefined)) === 'woman')
            women++;
    });
    return {
        present,
        ambiguous,
        ...(sheet.hasCategory ? { counts } : {}),
        ...(sheet.hasCategory && sheet.hasGender ? { women } : {}),
        repeated,
        uncounted,
    };
}
/** What to tell the user after writing: columns dropped and ignored, people in no head count. Never a cell of a contact column. */
export function sheetNotes(sheet, match, categories = headCountCategories()) {
    const notes = [];
    const people = sheet.rows.length - match.repeated;
    const present = match.present.map(({ id }) => id);
    const members = present.length === 0 ? 'no lab member among them' : `${present.length} of them lab members, marked present: ${present.join(', ')}`;
    notes.push(`Attendance from ${sheet.file}: ${people} ${people === 1 ? 'person' : 'people'}, ${members}.`);
    if (sheet.dropped.length > 0) {
        notes.push(`Dropped the contact columns of ${sheet.file}, which are never recorded: ${sheet.dropped.join(', ')}.`);
    }
    if (sheet.ignored.length > 0) {
        notes.push(`Did not read the column${sheet.ignored.length === 1 ? '' : 's'} ${sheet.ignored.map(withoutContactData).join(', ')} of ${sheet.file}.`);
    }
    if (match.repeated > 0)
        notes.push(`${match.repeated} ${match.repeated === 1 ? 'person signed' : 'people signed'} ${sheet.file} twice, counted once.`);
    const flags = categories.map((category) => `--${category}`).join(', ');
    if (!sheet.hasCategory) {
        notes.push(`${sheet.file} has no category column (${categories.join(', ')}), so nobody was counted by category; give ${flags} to record the head counts.`);
    }
    else if (match.uncounted.count > 0) {
        const named = match.uncounted.categories.slice(0, 3).map((category) => `\`${withoutContactData(category)}\``);
        const why = named.length > 0 ? `no category or one that is none of ${categories.join(', ')} (${named.join(', ')})` : 'no category';
        notes.push(`${match.uncounted.count} ${match.uncounted.count === 1 ? 'person' : 'people'} on ${sheet.file} had ${why} and are in no head count; give ${flags} to count them (a count given replaces the sheet's).`);
    }
    if (sheet.hasCategory && !sheet.hasGender)
        notes.push(`${sheet.file} has no gender column, so women were not counted; give --women to record them.`);
    return notes;
}
