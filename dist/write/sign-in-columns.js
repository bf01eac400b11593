import { comparableName } from '../text/person-name.js';
const NAME_HEADERS = new Set(['name', 'names', 'full name', 'your name', 'your full name', 'participant name', 'attendee name', 'نام', 'پورا نام']);
/** A test for any of some words (or phrases) in a header, as `comparableName` writes it: words separated by spaces. */
const anyOf = (...words) => new RegExp(`(?:^| )(?:${words.join('|')})(?= |$)`, 'u');
const NAME = anyOf('name', 'نام');
// Words of a header that name something else than the person: Father's name, Organisation name.
const NOT_THE_PERSON = anyOf('father', 'mother', 'husband', 'guardian', 'organi[sz]ation', 'company', 'institut\\S*', 'university', 'college', 'school', 'user', 'username', 'github', 'event', 'team', 'project', 'nick', 'business', 'department', 'emergency', 'والد');
const FIRST_NAME = new Set(['first name', 'given name', 'first']);
const LAST_NAME = new Set(['last name', 'surname', 'family name', 'last']);
const CONTACT = anyOf('e ?mail', 'phone', 'mobile', 'cell', 'whats ?app', 'contact', 'cnic', 'nic', 'id card', 'address', 'فون', 'موبائل', 'ای میل', 'پتہ', 'شناختی');
const GITHUB = anyOf('git ?hub');
const CATEGORY = anyOf('category', 'categories', 'i am a', 'you are', 'describes you', 'background', 'sector', 'affiliation', 'attending as', 'type', 'زمرہ');
const GENDER = anyOf('gender', 'sex', 'جنس');
/** Words that put a person in a head count besides the count's own name (`citizen` for `citizens`). */
const CATEGORY_WORDS = {
    citizens: ['resident', 'community', 'شہری', 'عوام'],
    technologists: ['tech', 'developer', 'programmer', 'engineer', 'designer', 'data', 'coder', 'it'],
    government: ['govt', 'gov', 'official', 'civil servant', 'سرکاری', 'حکومت', 'حکومتی'],
};
const WOMAN = new Set(['woman', 'women', 'female', 'f', 'girl', 'lady', 'خاتون', 'عورت', 'زنانہ', 'لڑکی']);
const MAN = new Set(['man', 'men', 'male', 'm', 'boy', 'مرد', 'لڑکا']);
const headerOf = (header) => comparableName(header);
/**
 * The columns of a header row, or undefined when it has no column of names. A column of
 * categories or genders with an unusual header is found by its values instead.
 */
export function findColumns(headers, rows, categories) {
    const keys = headers.map(headerOf);
    const free = new Set(keys.map((_, index) => index).filter((index) => keys[index] !== ''));
    const take = (test) => {
        const index = [...free].find((candidate) => test(keys[candidate] ?? ''));
        if (index !== undefined)
            free.delete(index);
        return index;
    };
    let name = take((key) => NAME_HEADERS.has(key));
    const contact = [];
    for (let index = take((key) => CONTACT.test(key)); index !== undefined; index = take((key) => CONTACT.test(key)))
        contact.push(index);
    name ??= take((key) => NAME.test(key) && !NOT_THE_PERSON.test(key) && !FIRST_NAME.has(key) && !LAST_NAME.has(key));
    const first = name === undefined ? take((key) => FIRST_NAME.has(key)) : undefined;
    const last = first === undefined ? undefined : take((key) => LAST_NAME.has(key));
    const names = name !== undefined ? [name] : first !== undefined ? [first, ...(last === undefined ? [] : [last])] : [];
    if (names.length === 0)
        return undefined;
    const github = take((key) => GITHUB.test(key));
    const gender = take((key) => GENDER.test(key)) ?? takeByValues(free, rows, (value) => womanOrMan(value) !== undefined);
    const category = take((key) => CATEGORY.test(key)) ?? takeByValues(free, rows, (value) => categoriesOf(value, categories).length > 0);
    return { name: names, github, category, gender, contact, ignored: [...free].sort((a, b) => a - b) };
}
/** The first free column at least half of whose values pass a test. */
function takeByValues(free, rows, test) {
    const index = [...free].find((candidate) => {
        const values = rows.map((row) => row[candidate]?.trim() ?? '').filter((value) => value !== '');
        return values.length > 0 && values.filter(test).length * 2 >= values.length;
    });
    if (index !== undefined)
        free.delete(index);
    return index;
}
/**
 * The head counts a category cell puts a person in, by the names the event schema gives
 * them (`citizens`): `Citizen`, `Software engineer`, `Govt official`, and several at once as
 * a Google Form's check boxes give them (`Citizen, Technologist`).
 */
export function categoriesOf(value, categories) {
    const found = new Set();
    for (const part of value.split(/[,;/|&+]|\band\b|\bor\b/)) {
        const key = comparableName(part);
        if (key === '')
            continue;
        const words = key.split(' ');
        for (const category of categories) {
            const stem = comparableName(category).replace(/s$/, '');
            const synonyms = CATEGORY_WORDS[category] ?? [];
            const names = (word) => (word.includes(' ') ? key.includes(word) : words.includes(word));
            if (key.startsWith(stem) || names(stem) || synonyms.some(names))
                found.add(category);
        }
    }
    return [...found];
}
/** Whether a gender cell says woman, man, or neither (blank, "prefer not to say"). */
export function womanOrMan(value) {
    const key = comparableName(value);
    if (WOMAN.has(key))
        return 'woman';
    if (MAN.has(key))
        return 'man';
    return undefined;
}
