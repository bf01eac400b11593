/** The shape the README documents: `{findings: [...], summary: {errors, warnings, infos, files}}`. */
export const formatJson = ({ findings, summary }) => `${JSON.stringify({
    findings: findings.map(({ rule, severity, file, line, column, message }) => ({
        rule,
        severity,
        file,
        line,
        column,
        message,
    })),
    summary,
}, null, 2)}\n`;
