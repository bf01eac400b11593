/** Colour only on a terminal, and never with --no-color or NO_COLOR (https://no-color.org). */
export function useColor(io, colorOption) {
    if (colorOption === false)
        return false;
    if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '')
        return false;
    return io.stdout.isTTY === true;
}
