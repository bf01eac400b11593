/**
 * An error the user can fix: bad flags, no network repo, a refused write. It prints as one
 * sentence, without a stack trace, and the process exits with `exitCode` (2 unless the
 * command says otherwise).
 */
export class CliError extends Error {
    exitCode;
    constructor(message, exitCode = 2) {
        super(message);
        this.name = 'CliError';
        this.exitCode = exitCode;
    }
}
