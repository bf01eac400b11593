/** cil's home, for SARIF's tool and the rules' help addresses. */
export const CIL_HOME = 'https://github.com/codeforpakistan/cil';
/** Where docs/rules.md is read on the web: each rule has its own heading, so its own anchor. */
export const RULES_DOC = `${CIL_HOME}/blob/main/docs/rules.md`;
/** The rule's name for tools that want one apart from the id (SARIF): `inactive-member` is `InactiveMember`. */
export const ruleName = (rule) => rule.name ?? rule.id.replace(/(?:^|-)([a-z0-9])/g, (_, letter) => letter.toUpperCase());
/** The rule's entry in docs/rules.md (GitHub's anchor for a heading `inactive-member` is its text). */
export const ruleHelpUri = (rule) => `${RULES_DOC}#${rule.id}`;
/** What the rule checks and why, in a few sentences. */
export const ruleFullDescription = (rule) => `${rule.description} ${rule.help.why}`;
const fence = (language, text) => {
    // A fence longer than any run of backticks in the text, so that none can close it.
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    return `${'`'.repeat(longest + 1)}${language}\n${text.replace(/\n$/, '')}\n${'`'.repeat(longest + 1)}`;
};
/** The rule's help as plain text: what it checks, why, how to fix, an example. */
export function ruleHelpText(rule) {
    const { why, fix, example } = rule.help;
    return [
        `What it checks: ${rule.description}`,
        `Why: ${why}`,
        `How to fix: ${fix}`,
        ...(example.yaml === undefined ? [] : [`Example: ${example.file}`, example.yaml.replace(/\n$/, '')]),
        `${example.yaml === undefined ? 'Example: ' : ''}cil audit prints: ${example.finding}`,
    ].join('\n\n');
}
/** The rule's help as Markdown, for code scanning's rule help and docs/rules.md. */
export function ruleHelpMarkdown(rule) {
    const { why, fix, example } = rule.help;
    return [
        `**What it checks.** ${rule.description}`,
        `**Why.** ${why}`,
        `**How to fix.** ${fix}`,
        ...(example.yaml === undefined ? [] : [`**Example.** \`${example.file}\`:`, fence('yaml', example.yaml)]),
        `${example.yaml === undefined ? '**Example.** ' : ''}\`cil audit\` prints:`,
        fence('text', example.finding),
        `Default severity: ${rule.severity}; \`rules:\` in \`cil.yaml\` changes it or turns the rule off.`,
    ].join('\n\n');
}
/** docs/rules.md: every rule's help, under a heading whose anchor is its id. */
export function renderRulesDoc(rules) {
    return [
        '# Audit rules',
        '',
        '<!-- Made by `npm run docs:rules` from the rules in src/audit/rules/; edit the rules, not this file. -->',
        '',
        "What each rule of `cil audit` checks, why, how to fix what it finds, and an example. Code scanning's help for a",
        'finding (`--format sarif`) links here. The [README](../README.md#rules) has the rules in one table.',
        '',
        ...rules.map((rule) => `- [\`${rule.id}\`](#${rule.id})`),
        '',
        ...rules.flatMap((rule) => [`## ${rule.id}`, '', ruleHelpMarkdown(rule), '']),
    ].join('\n');
}
