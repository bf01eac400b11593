// A long list split into numbered pages, each linking to every other, so that a page stays
// light and nothing is left out: the dashboard's labs, a lab's own events.
/** A list in pages of `size` items each, with their paging; an empty list is one empty page. */
export function inPages(items, size) {
    const pages = Math.max(1, Math.ceil(items.length / size));
    return Array.from({ length: pages }, (_, index) => ({
        items: items.slice(index * size, (index + 1) * size),
        paging: { page: index + 1, pages, total: items.length, first: index * size + 1 },
    }));
}
/** A page's paging as its template shows it: the number of its last item, and a link to each page when there are several. */
export function pagingContext(paging, shown, href) {
    return {
        ...paging,
        last: paging.first + shown - 1,
        links: Array.from({ length: paging.pages > 1 ? paging.pages : 0 }, (_, index) => ({
            number: index + 1,
            href: href(index + 1),
            current: index + 1 === paging.page,
        })),
    };
}
