/**
 * Charts drawn at build time as inline SVG, so a page needs no chart library and no script.
 * Each chart is a `<figure>`: the picture (`role="img"`, with a title and a description that
 * says its main figures in words), a caption, and the table of the same numbers. Series are
 * told apart by colour and by a pattern, dash or marker besides, never by colour alone; every
 * colour has at least 4.5:1 contrast against white.
 */
import { isolated } from '../text/direction.js';
/** Dark enough on white for text (WCAG AA, 4.5:1 and more). */
export const CHART_COLOURS = ['#0b5394', '#a33a00', '#2e6b30', '#7b3a96', '#8a5a00', '#b0124f', '#00677a', '#4d4d4d'];
const AXIS = '#595959';
const WIDTH = 360;
const PLOT_HEIGHT = 150;
const FONT = 12;
const LINE = 15;
const MARGIN = { left: 36, right: 8, bottom: 36 };
/** Dash patterns of lines, and marker shapes, by series. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
const round = (value) => Math.round(value * 10) / 10;
const textWidth = (text, size = FONT) => text.length * size * 0.6;
const colourOf = (index) => CHART_COLOURS[index % CHART_COLOURS.length];
const slug = (id) => id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
/**
 * Round steps (1, 2 or 5 times a power of ten) from 0 up past the largest value, about five;
 * whole numbers only when the values are counts.
 */
export function niceTicks(max, whole = false) {
    if (!(max > 0))
        return [0, 1];
    const rough = max / 4;
    const power = 10 ** Math.floor(Math.log10(rough));
    const nice = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
    const step = whole ? Math.max(1, Math.round(nice)) : nice;
    const ticks = [];
    for (let tick = 0; tick < max + step / 2 && ticks.length < 7; tick += step)
        ticks.push(Math.round(tick / step) * step);
    if (ticks.at(-1) < max)
        ticks.push(ticks.at(-1) + step);
    return ticks.map((tick) => Number(tick.toPrecision(12)));
}
/** The legend's entries laid out in rows across the width: where each goes, and its height. */
function legendLayout(names) {
    const at = [];
    let [x, y] = [MARGIN.left, LINE];
    for (const name of names) {
        const width = round(22 + textWidth(name) + 14);
        if (x > MARGIN.left && x + width > WIDTH - MARGIN.right)
            [x, y] = [MARGIN.left, y + LINE + 3];
        at.push({ x: round(x), y });
        x += width;
    }
    return { at, height: names.length > 1 ? y + 10 : 4 };
}
/** A fill telling series apart without colour: solid, stripes, dots, hatching... on white. */
function pattern(id, index) {
    const colour = colourOf(index);
    const kind = index % 6;
    if (kind === 0)
        return '';
    const tile = (size, body, rotate = 0) => `<pattern id="${id}-p${index}" width="${size}" height="${size}" patternUnits="userSpaceOnUse"${rotate ? ` patternTransform="rotate(${rotate})"` : ''}>`
        + `<rect width="${size}" height="${size}" fill="#fff"/>${body}</pattern>`;
    switch (kind) {
        case 1: return tile(6, `<rect width="3" height="6" fill="${colour}"/>`, 45);
        case 2: return tile(5, `<circle cx="2.5" cy="2.5" r="1.6" fill="${colour}"/>`);
        case 3: return tile(6, `<path d="M0 .5H6M.5 0V6" stroke="${colour}"/>`);
        case 4: return tile(5, `<rect width="5" height="2" fill="${colour}"/>`);
        default: return tile(6, `<rect width="2" height="6" fill="${colour}"/>`, -45);
    }
}
const fillOf = (id, index) => (index % 6 === 0 ? colourOf(index) : `url(#${id}-p${index})`);
/** A marker shape by series (circle, square, triangle, diamond), centred on a point. */
function marker(index, x, y) {
    switch (index % 4) {
        case 0: return `<circle cx="${round(x)}" cy="${round(y)}" r="3.5"/>`;
        case 1: return `<rect x="${round(x - 3.5)}" y="${round(y - 3.5)}" width="7" height="7"/>`;
        case 2: return `<path d="M${round(x)} ${round(y - 4.5)}l4.5 8h-9z"/>`;
        default: return `<path d="M${round(x)} ${round(y - 5)}l5 5-5 5-5-5z"/>`;
    }
}
/** The picture's frame: legend, y axis with its grid and x axis with the categories' ticks. */
function frame(input, max, legendSwatch, extraEntry) {
    const id = slug(input.id);
    const format = input.format ?? String;
    const entries = [...input.series.map((series) => series.name), ...(extraEntry ? [extraEntry.name] : [])];
    const legend = legendLayout(entries);
    const top = legend.height + 8;
    const ticks = niceTicks(max, input.series.every((series) => series.values.every((value) => value === null || Number.isInteger(value))));
    const highest = ticks.at(-1);
    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const band = plotWidth / Math.max(1, input.categories.length);
    const y = (value) => top + PLOT_HEIGHT - (value / highest) * PLOT_HEIGHT;
    const x = (index) => MARGIN.left + index * band;
    const parts = [];
    if (entries.length > 1) {
        entries.forEach((name, index) => {
            const at = legend.at[index];
            const swatch = index < input.series.length ? legendSwatch(index, at.x, at.y) : extraEntry?.swatch(at.x, at.y);
            parts.push(`${swatch}<text x="${round(at.x + 22)}" y="${at.y}">${escapeHtml(isolated(name))}</text>`);
        });
    }
    parts.push(`<g stroke="#d0d0d0">${ticks.map((tick) => `<path d="M${MARGIN.left} ${round(y(tick))}H${WIDTH - MARGIN.right}"/>`).join('')}</g>`);
    parts.push(`<g text-anchor="end" fill="${AXIS}">${ticks.map((tick) => `<text x="${MARGIN.left - 4}" y="${round(y(tick) + 4)}">${escapeHtml(format(tick))}</text>`).join('')}</g>`);
    const every = Math.ceil(input.categories.length / 12);
    const ticksOf = (category) => (category.tick ?? category.label).split('\n');
    // Ticks wider than their column go on two rows, every other one lower, so that neighbours never run together.
    const staggered = input.categories.some((category) => textWidth(ticksOf(category)[0]) > band * every - 4);
    const labels = input.categories.flatMap((category, index) => {
        if (index % every !== 0)
            return [];
        const cx = round(x(index) + band / 2);
        const spans = ticksOf(category).map((line, n) => `<tspan x="${cx}" dy="${n === 0 ? 0 : LINE}">${escapeHtml(line)}</tspan>`).join('');
        const lower = staggered && (index / every) % 2 === 1 ? LINE : 0;
        return [`<text y="${top + PLOT_HEIGHT + LINE + lower}">${spans}</text>`];
    });
    parts.push(`<g text-anchor="middle">${labels.join('')}</g>`);
    parts.push(`<path d="M${MARGIN.left} ${top + PLOT_HEIGHT}H${WIDTH - MARGIN.right}" stroke="${AXIS}"/>`);
    return { id, top, height: top + PLOT_HEIGHT + MARGIN.bottom, band, y, x, parts };
}
function figure(input, picture, defs, description, extra) {
    const { id } = picture;
    const format = input.format ?? String;
    const cell = (value) => (value === null || value === undefined ? 'no figure' : escapeHtml(format(value)));
    const headings = [input.categoryHeading, ...input.series.map((series) => series.name), ...(extra ? [extra.heading] : [])];
    const rows = input.categories.map((category, index) => {
        const values = input.series.map((series) => `<td>${cell(series.values[index])}</td>`).join('');
        const more = extra ? `<td>${escapeHtml(extra.values[index])}</td>` : '';
        return `<tr><th scope="row">${escapeHtml(category.label)}</th>${values}${more}</tr>`;
    });
    return [
        `<figure class="chart" id="${id}">`,
        `<svg role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" viewBox="0 0 ${WIDTH} ${picture.height}" width="100%" `,
        `font-size="${FONT}" xmlns="http://www.w3.org/2000/svg">`,
        `<title id="${id}-t">${escapeHtml(input.title)}</title><desc id="${id}-d">${escapeHtml(description)}</desc>`,
        defs ? `<defs>${defs}</defs>` : '',
        picture.parts.join(''),
        '</svg>',
        `<figcaption>${escapeHtml(input.caption)}</figcaption>`,
        `<div class="chart-table" role="region" aria-labelledby="${id}-c" tabindex="0">`,
        `<table><caption id="${id}-c">${escapeHtml(input.title)}: the numbers</caption>`,
        `<thead><tr>${headings.map((heading) => `<th scope="col"><bdi>${escapeHtml(heading)}</bdi></th>`).join('')}</tr></thead>`,
        `<tbody>${rows.join('')}</tbody></table></div></figure>`,
    ].join('');
}
const numbers = (series) => series.values.map((value) => value ?? 0);
/** A series' main figures in words: every value when there are few, else its total, peak and latest. */
function seriesInWords(input, series, few) {
    const format = input.format ?? String;
    const labelOf = (index) => input.categories[index].label;
    if (few)
        return `${isolated(series.name)}: ${series.values.map((value, index) => `${value === null ? 'no figure' : format(value)} in ${labelOf(index)}`).join(', ')}.`;
    const values = numbers(series);
    const total = values.reduce((sum, value) => sum + value, 0);
    const peak = values.indexOf(Math.max(...values));
    const last = values.length - 1;
    const range = `from ${labelOf(0)} to ${labelOf(last)}`;
    // A series without a peak (the same every month) says so rather than naming the first month.
    if (values.every((value) => value === values[0]))
        return `${isolated(series.name)}: ${format(total)} in all ${range}, ${format(values[0])} in each.`;
    return `${isolated(series.name)}: ${format(total)} in all ${range}; most in ${labelOf(peak)} (${format(values[peak])}); ${format(values[last])} in ${labelOf(last)}.`;
}
/** Bars over the categories, one per series side by side, or stacked with the total on top. */
export function barChart(input) {
    const stacked = input.layout === 'stacked';
    const totals = input.categories.map((_, index) => input.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0));
    const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...input.series.flatMap(numbers));
    const id = slug(input.id);
    const swatch = (index, x, y) => `<rect x="${x}" y="${y - 10}" width="16" height="11" fill="${fillOf(id, index)}" stroke="${colourOf(index)}"/>`;
    const picture = frame(input, max, swatch);
    const { band, x, y } = picture;
    const gap = Math.min(6, band * 0.2);
    const width = stacked ? band - gap * 2 : (band - gap * 2) / Math.max(1, input.series.length);
    const base = input.categories.map(() => 0);
    input.series.forEach((series, index) => {
        const bars = numbers(series).flatMap((value, category) => {
            if (value <= 0)
                return [];
            const left = x(category) + gap + (stacked ? 0 : index * width);
            const from = stacked ? base[category] : 0;
            if (stacked)
                base[category] = from + value;
            const [top, bottom] = [y(from + value), y(from)];
            return [`M${round(left)} ${round(top)}h${round(width)}V${round(bottom)}h-${round(width)}z`];
        });
        if (bars.length > 0)
            picture.parts.push(`<path d="${bars.join('')}" fill="${fillOf(id, index)}" stroke="${colourOf(index)}"/>`);
    });
    // The value over each bar (or stack) where there is room for it, so no one has to match heights to the axis.
    const format = input.format ?? String;
    const labelled = stacked ? [totals] : input.series.map(numbers);
    const labels = labelled.flatMap((values, index) => values.flatMap((value, category) => {
        const text = format(value);
        if (value <= 0 || textWidth(text, 10) > (stacked ? band : width) + 2)
            return [];
        const cx = x(category) + gap + (stacked ? width / 2 : index * width + width / 2);
        return [`<text x="${round(cx)}" y="${round(y(value) - 3)}">${escapeHtml(text)}</text>`];
    }));
    picture.parts.push(`<g text-anchor="middle" font-size="10">${labels.join('')}</g>`);
    const few = input.categories.length * input.series.length <= 12;
    const words = input.series.map((series) => seriesInWords(input, series, few));
    if (stacked && input.series.length > 1)
        words.push(seriesInWords(input, { name: 'In all', values: totals }, few));
    const defs = input.series.map((_, index) => pattern(id, index)).join('');
    const extra = stacked && input.series.length > 1 ? { heading: 'Total', values: totals.map(format) } : undefined;
    return figure(input, picture, defs, `${input.title}. ${words.join(' ')}`, extra);
}
/** Lines over the categories, one per series (a gap where a value is missing), with an optional target line. */
export function lineChart(input) {
    const { target } = input;
    const max = Math.max(0, target?.value ?? 0, ...input.series.flatMap(numbers));
    const dash = (index) => (DASHES[index % DASHES.length] ? ` stroke-dasharray="${DASHES[index % DASHES.length]}"` : '');
    const swatch = (index, x, y) => `<g stroke="${colourOf(index)}" fill="${colourOf(index)}"><path d="M${x} ${y - 4}h18"${dash(index)} stroke-width="2"/>${marker(index, x + 9, y - 4)}</g>`;
    // The target is named in the legend rather than beside its line, where the lines' last points would cover it.
    const targetLine = (d) => `<path d="${d}" stroke="${AXIS}" stroke-width="1.5" stroke-dasharray="4 4"/>`;
    const entry = target && { name: target.label, swatch: (x, y) => targetLine(`M${x} ${y - 4}h18`) };
    const picture = frame(input, max, swatch, entry);
    const { band, x, y } = picture;
    const format = input.format ?? String;
    if (target)
        picture.parts.push(targetLine(`M${MARGIN.left} ${round(y(target.value))}H${WIDTH - MARGIN.right}`));
    input.series.forEach((series, index) => {
        const points = series.values.map((value, category) => (value === null ? null : { x: x(category) + band / 2, y: y(value) }));
        const path = points.map((point, n) => (point ? `${points[n - 1] ? 'L' : 'M'}${round(point.x)} ${round(point.y)}` : '')).join('');
        const colour = colourOf(index);
        const dots = points.flatMap((point) => (point ? [marker(index, point.x, point.y)] : [])).join('');
        picture.parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"${dash(index)}/><g fill="${colour}">${dots}</g>`);
    });
    const few = input.categories.length * input.series.length <= 12;
    const words = input.series.map((series) => {
        const known = series.values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
        if (few || known.length === 0)
            return seriesInWords(input, series, true);
        const latest = known.at(-1);
        const labelOf = (index) => input.categories[index].label;
        const first = known[0];
        return `${isolated(series.name)}: ${format(first.value)} in ${labelOf(first.index)}, ${format(latest.value)} in ${labelOf(latest.index)}.`;
    });
    if (target) {
        for (const [index, series] of input.series.entries()) {
            const known = series.values.filter((value) => value !== null);
            const reached = known.filter((value) => value >= target.value).length;
            words[index] += ` At or above ${format(target.value)} in ${reached} of the ${known.length} with a figure.`;
        }
    }
    const intro = target ? `${input.title}, against ${target.label.toLowerCase()}.` : `${input.title}.`;
    const extra = target ? { heading: target.label, values: input.categories.map(() => format(target.value)) } : undefined;
    return figure(input, picture, '', `${intro} ${words.join(' ')}`, extra);
}
