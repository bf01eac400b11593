// Writes docs/rules.md from the rules' own texts in src/audit/rules/ (run `npm run docs:rules`,
// which builds first); a test fails while the two disagree.
import { writeFileSync } from 'node:fs';

const { RULES } = await import('../dist/audit/rules/index.js');
const { renderRulesDoc } = await import('../dist/audit/rule-docs.js');
writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc(RULES));
