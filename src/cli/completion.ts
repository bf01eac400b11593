import type { Command } from 'commander';
import type { CliContext } from './declare.js';
import type { SHELLS } from './groups.js';

type Shell = (typeof SHELLS)[number];

/**
 * `cil completion bash|zsh|fish` prints a script that the shell loads; the script asks
 * `cil __complete` (hidden) for the candidates of each word, so that what it completes
 * follows the commands, flags and records of the day, not those of the day it was made.
 */
export function declareCompletion(command: Command, { io }: CliContext): void {
  // Its argument, `<shell>`, is declared with the groups, as the help lists it.
  command.action((shell: Shell) => {
    io.stdout.write(SCRIPTS[shell]);
  });
}

/** `cil __complete -- <words>`, hidden: the candidates for the last word, one a line. */
export function declareComplete(command: Command, { io }: CliContext): void {
  command
    .argument('[words...]')
    .helpOption(false)
    .action(async (words: string[]) => {
      const { complete } = await import('./complete.js');
      for (const candidate of await complete(command.parent ?? command, words, io.cwd)) io.stdout.write(`${candidate}\n`);
    });
}

// Each script passes the words after `cil`, the one being completed last (empty when the
// cursor follows a space), after `--` so that none is read as a flag of __complete.
const SCRIPTS: Record<Shell, string> = {
  bash: `# cil completion for bash: add to ~/.bashrc
#   source <(cil completion bash)
_cil_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(cil __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _cil_complete cil
`,
  zsh: `#compdef cil
# cil completion for zsh: add to ~/.zshrc (after compinit)
#   source <(cil completion zsh)
_cil_complete() {
  local -a candidates
  candidates=(\${(f)"$(cil __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)"})
  compadd -a candidates
}
compdef _cil_complete cil
`,
  fish: `# cil completion for fish: save as ~/.config/fish/completions/cil.fish
#   cil completion fish > ~/.config/fish/completions/cil.fish
complete -c cil -f -a '(cil __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};
