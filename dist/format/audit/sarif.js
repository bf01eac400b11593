import { CIL_HOME, ruleFullDescription, ruleHelpMarkdown, ruleHelpText, ruleHelpUri, ruleName } from '../../audit/rule-docs.js';
import { RULES } from '../../audit/rules/index.js';
import { fromRepoRoot } from './types.js';
const LEVELS = { error: 'error', warning: 'warning', info: 'note' };
/**
 * A SARIF 2.1.0 log for code scanning: the tool with every rule (its description, its help
 * from the rule's own module, in text and Markdown, a link to its entry in docs/rules.md and
 * its default level), and one result per finding with its file (from the repository root)
 * and region. A finding about a whole file points at its first line, since code scanning
 * wants a line. The run's automation id sets code scanning's category; its properties carry
 * the summary the other formats print.
 */
export const formatSarif = ({ findings, summary }, { repoPrefix, version }) => {
    const rules = RULES.map((rule) => ({
        id: rule.id,
        name: ruleName(rule),
        shortDescription: { text: rule.description },
        fullDescription: { text: ruleFullDescription(rule) },
        help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
        helpUri: ruleHelpUri(rule),
        defaultConfiguration: { level: LEVELS[rule.severity] },
    }));
    const index = new Map(RULES.map((rule, position) => [rule.id, position]));
    const results = findings.map((finding) => ({
        ruleId: finding.rule,
        ruleIndex: index.get(finding.rule) ?? -1,
        level: LEVELS[finding.severity],
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: encodeURI(fromRepoRoot(finding.file, repoPrefix)), uriBaseId: '%SRCROOT%' },
                    region: { startLine: finding.line ?? 1, startColumn: finding.column ?? 1 },
                },
            },
        ],
    }));
    const log = {
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: { driver: { name: 'cil', version, informationUri: CIL_HOME, rules } },
                automationDetails: { id: 'cil-audit/' },
                results,
                properties: { summary: { ...summary } },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
