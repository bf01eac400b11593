// Commands are declared by name and description alone at first; the rest of a command's
// declaration (a group's commands, a command's arguments and options) is loaded when it is
// about to run or to show its help, so `cil --help` loads only what it prints.
const loaders = new WeakMap();
const hooked = new WeakSet();
/**
 * Completes `command`'s declaration with `load`, once, when its parent dispatches to it or
 * its help is asked for. Returns the loader, which `loadDeclaration` runs.
 */
export function whenNeeded(command, load) {
    let loaded;
    const loader = () => (loaded ??= load());
    loaders.set(command, loader);
    const { parent } = command;
    if (parent && !hooked.has(parent)) {
        hooked.add(parent);
        parent.hook('preSubcommand', (_parent, subcommand) => loaders.get(subcommand)?.());
    }
    return loader;
}
/** Loads the rest of a command's declaration, for help on it shown without running it (`cil help <command>`) or for completion. */
export async function loadDeclaration(command) {
    await loaders.get(command)?.();
}
/** The loader `whenNeeded` registered last for a command. */
export const loaderOf = (command) => loaders.get(command);
