import { privateFolderOnDisk } from '../git/private-folder.js';
import { locatePlaces } from '../network/locate.js';
import { loadNetwork } from '../network/load-network.js';
import { resolveSettings } from '../network/settings.js';
import { RULES } from './rules/index.js';
/**
 * The plain audit, which the fast one (fast/engine.ts) must match: the whole network in
 * memory, every file parsed by `yaml`, every rule run over it.
 */
export function auditWhole(root, asOf) {
    const network = { ...loadNetwork(root, { thorough: true }), privateFolder: privateFolderOnDisk(root) };
    const findings = runRules(network, resolveSettings(network.config), asOf, RULES, { thorough: true });
    return { findings, files: network.files.map((file) => file.path) };
}
/**
 * Runs every rule that cil.yaml does not turn off over a loaded network, and returns the
 * findings sorted by file and position, each with its line and column (found with `yaml`
 * alone when `thorough`, as the straightforward path does).
 */
export function runRules(network, settings, asOf, rules = RULES, options = {}) {
    const reports = [];
    for (const rule of rules) {
        const override = settings.severities[rule.id];
        if (override === 'off')
            continue;
        const report = (found) => reports.push({ rule, severity: override ?? found.severity ?? rule.severity, found });
        try {
            rule.check({ network, settings, asOf, report });
        }
        catch (error) {
            // A fault in one rule is said where the part judged is, and the other rules still run.
            reports.push({ rule, severity: 'error', found: { file: faultFile(network), message: ruleFault(error) } });
        }
    }
    // Each file with findings is parsed once to place all of them on their lines.
    const byFile = new Map();
    for (const entry of reports) {
        const entries = byFile.get(entry.found.file);
        if (entries)
            entries.push(entry);
        else
            byFile.set(entry.found.file, [entry]);
    }
    const texts = new Map(network.files.map((file) => [file.path, file.text]));
    const findings = [];
    for (const [file, entries] of byFile) {
        const text = texts.get(file);
        // A file that could not be read has no text: only a place given as a line can be shown.
        const places = locatePlaces(text ?? '', entries.map(({ found }) => (text === undefined ? { line: found.line, column: found.column } : found)), options);
        const placed = entries.map(({ rule, severity, found }, index) => {
            const place = places[index] ?? null;
            return { rule: rule.id, severity, file, line: place?.line ?? null, column: place?.column ?? null, message: found.message };
        });
        for (const finding of capped(placed))
            findings.push(finding);
    }
    return findings.sort(compareFindings);
}
/**
 * The findings the audit shows for one file. A file with thousands of unknown ids or keys
 * says nothing more with its thousandth finding than with its fiftieth, and a few such files
 * would drown every other finding and CI's log; the rest are counted in one last finding.
 */
export const FINDINGS_PER_FILE = 50;
function capped(findings) {
    if (findings.length <= FINDINGS_PER_FILE)
        return findings;
    const sorted = [...findings].sort(compareFindings);
    const shown = sorted.slice(0, FINDINGS_PER_FILE);
    const rest = sorted.slice(FINDINGS_PER_FILE);
    const first = rest[0];
    const severity = rest.some((finding) => finding.severity === 'error') ? 'error' : rest.some((finding) => finding.severity === 'warning') ? 'warning' : 'info';
    const rules = [...new Set(rest.map((finding) => finding.rule))].join(', ');
    const message = `and ${rest.length} more findings in this file (${rules}) not shown: the audit shows ${FINDINGS_PER_FILE} a file; fix these, then run it again`;
    return [...shown, { rule: first.rule, severity, file: first.file, line: first.line, column: first.column, message }];
}
/** Where a rule's fault is reported: the lab's lab.yaml when one lab is judged, else cil.yaml. */
function faultFile(network) {
    const [only, ...others] = network.labs.values();
    return only && others.length === 0 ? `${only.dir}/lab.yaml` : network.config.path;
}
function ruleFault(error) {
    const what = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 200);
    return `this rule could not finish on these records (${what}); that is a fault in cil, not in the records: please report it (the other rules ran)`;
}
const ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));
/** Findings in reading order: by file, line and column, then in the order of the rules. */
export function compareFindings(a, b) {
    return (compare(a.file, b.file)
        || (a.line ?? 0) - (b.line ?? 0)
        || (a.column ?? 0) - (b.column ?? 0)
        || (ORDER.get(a.rule) ?? 0) - (ORDER.get(b.rule) ?? 0));
}
export function summarize(findings, files) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    return { errors: count('error'), warnings: count('warning'), infos: count('info'), files };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
