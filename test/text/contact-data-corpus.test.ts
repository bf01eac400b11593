import { afterAll, describe, expect, it } from 'vitest';
import { type ContactData, findContactData } from '../../src/text/contact-data.js';

// A labelled corpus of the ways contact details are written on Pakistani forms, chats and
// sign-up sheets, and of the numbers and names a civic-lab record holds that are not contact
// details. Recall and precision are printed with the results; the targets are recall of at
// least 95% and no false positive at all.

type What = ContactData['what'];
const phone: What = 'a phone number';
const cnic: What = 'a CNIC number';
const email: What = 'an e-mail address';

/** Each text holds exactly one contact detail, of the kind given. */
const POSITIVES: [string, What][] = [
  // Mobile numbers, as people write them.
  ['Call 0300-1234567 after five', phone],
  ['03001234567', phone],
  ['0092-300-1234567', phone],
  ['+92 321 7654321', phone],
  ['+923217654321', phone],
  ['+92-321-7654321', phone],
  ['0321 7654321', phone],
  ['(0321) 7654321', phone],
  ['0321-765-4321', phone],
  ['0300 123 4567', phone],
  ['0300.1234567', phone],
  ['92 300 1234567 on WhatsApp', phone],
  ['923001234567', phone],
  ['WhatsApp: 0333-5556677', phone],
  ['0345 1234567.', phone],
  ['+92 (0) 300 1234567', phone],
  ['tel:+923001234567', phone],
  ['https://wa.me/923001234567', phone],
  ['Ring 0300–1234567', phone], // en dash
  ['0300—1234567', phone], // em dash
  ['0300\u00a01234567', phone], // no-break space
  ['+92 (300) 1234567', phone],
  ['(+92) 300 1234567', phone],
  ['0300 12 34 567', phone],
  // Landlines with their area codes.
  ['021-99261300', phone],
  ['042-35761234', phone],
  ['(042) 35761234', phone],
  ['+92 42 35761234', phone],
  ['0092 21 99261300', phone],
  ['051-9201234', phone],
  ['Office (021) 99261300 ext 12', phone],
  // Urdu (Extended Arabic-Indic), Arabic-Indic and full-width digits.
  ['۰۳۰۰۱۲۳۴۵۶۷', phone],
  ['۰۳۰۰-۱۲۳۴۵۶۷', phone],
  ['فون: ۰۳۲۱-۷۶۵۴۳۲۱', phone],
  ['٠٣٠٠١٢٣٤٥٦٧', phone],
  ['０３００－１２３４５６７', phone],
  ['＋９２ ３００ １２３４５６７', phone],
  // Other countries.
  ['Mentor in London: +44 20 7946 0958', phone],
  ['+1 (415) 555-2671', phone],
  ['+971 50 123 4567', phone],
  ['00971501234567', phone],
  // CNIC numbers.
  ['35202-1234567-1', cnic],
  ['3520212345671', cnic],
  ['CNIC 35202 1234567 1', cnic],
  ['35202–1234567–1', cnic], // en dashes
  ['35202 - 1234567 - 1', cnic],
  ['شناختی کارڈ: ۳۵۲۰۲-۱۲۳۴۵۶۷-۱', cnic],
  ['٣٥٢٠٢١٢٣٤٥٦٧١', cnic],
  ['３５２０２－１２３４５６７－１', cnic],
  ['CNIC no. 61101-9876543-2', cnic],
  ['42101-1234567-9', cnic],
  ['17301-1234567-3 (Peshawar)', cnic],
  // E-mail addresses, plain and disguised.
  ['khalid.lwmc@gmail.com', email],
  ['Contact Mr Khalid at khalid.lwmc@gmail.com', email],
  ['name at gmail dot com', email],
  ['ayesha [at] yahoo [dot] com', email],
  ['ayesha(at)yahoo(dot)com', email],
  ['ayesha AT outlook DOT com', email],
  ['ali{at}gmail{dot}com', email],
  ['ali at gmail.com', email],
  ['ali [at] gmail.com', email],
  ['ali_raza99 at hotmail dot co dot uk', email],
  ['ali (at) nu (dot) edu (dot) pk', email],
  ['email: sana dot khan at gmail dot com', email],
  ['Ali dot Raza at Gmail dot com', email],
  ['ayesha＠gmail.com', email],
  ['ali＠gmail．com', email],
  ['ali@gmail[.]com', email],
  ['ali[@]gmail.com', email],
  ['ali @ gmail.com', email],
  ['mailto:info@lahorelab.pk', email],
  ['ali.raza@punjab.gov.pk', email],
  ['first.last+cil@proton.me', email],
  ['ALI@GMAIL.COM', email],
];

/** Texts a record holds that are not contact details. */
const NEGATIVES: string[] = [
  // Dates, times and periods.
  '2026-11-05',
  '2026-11-05T10:30:00Z',
  '2026-11-05T10:30:00+05:00',
  'Met on 05/11/2026 at 10:30',
  'From 14:30-16:00 in room 101',
  'budget 2026-27',
  'periods 2026-01 to 2026-12, 2026-Q3',
  'between 2000-2100',
  'Event 2026-11-05 10:00-12:00, ages 18-30',
  '2,500 citizens and 300 households',
  'unix time 1730800000',
  'timestamp 20261105103000',
  'serial 2026110512',
  // Versions and software.
  'v2.9.0',
  'node >=20.19.1',
  'v1.0.0-beta.1',
  'cil@1.2.0 and @blueoak/list@15.0.0',
  'git@github.com:code-for-pakistan/cil.git',
  'commit 3f2a9c1e',
  // Web addresses, with long numbers in their paths.
  'https://maps.example.org/place/03217654321/1234512345671',
  'https://github.com/code-for-pakistan/cil/pull/1234567',
  'www.facebook.com/groups/3520212345671',
  'facebook.com/events/03001234567/',
  'https://youtu.be/dQw4w9WgXcQ?t=3001234567',
  'See https://lahorelab.pk/contact for how to reach us',
  // GitHub handles and slugs.
  '@bilal-ahmed',
  '@code-for-pakistan/core-team',
  'sara-3217654321',
  'lahore-2026-11-05-meetup',
  '2026-q3-quarterly',
  'Thanks to @ali.raza for the slides',
  // Money.
  'Rs. 1,500,000',
  'PKR 25,000',
  '₨ 450,000 for 1000 users',
  'Rs 5,000,000 of budget',
  'Budget 2026-27: 3,500,000',
  // Counts and measures.
  'citizens: 120',
  '240 attendees, 9 women',
  'population 11,126,285',
  'Census 2017: 11126285',
  '7,300 visits',
  '10 km of road and a 300 m bridge',
  '0.5% of 3.14159265',
  // Tax, bank and book numbers.
  'NTN 1234567-8',
  'NTN: 4210112-3',
  'IBAN PK36SCBL0000001123456702',
  'ISBN 978-969-0-12345-6',
  'ISBN 9789690123456',
  'ISSN 1234-5678',
  'DOI 10.1000/182',
  // Places.
  '31.5204, 74.3587',
  '33.6844° N, 73.0479° E',
  'Lat 24.8607 Lon 67.0011',
  'Lahore 54000',
  'sector G-9/4, street 12',
  'PO Box 1234',
  // Identifiers that are not personal.
  'ticket #1234567',
  'Order no. 0000123456',
  'Registration no. RP/1234/2026',
  'MAC 00:1B:44:11:3A:B7',
  'IP 192.168.100.200',
  'country code +92',
  // Words near "at" and "dot".
  'We meet at Arfa Software Technology Park.',
  'Hosted at nic.org.pk with the DC',
  'Join at 5 pm, dot on time',
  'Look at the map dot by dot',
];

interface Outcome {
  text: string;
  expected?: What;
  found: ContactData[];
}

const outcomes: Outcome[] = [];

describe('the contact-data corpus', () => {
  it('holds at least 60 positives and 60 negatives', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(60);
    expect(NEGATIVES.length).toBeGreaterThanOrEqual(60);
  });

  it('finds at least 95% of the positives, each as what it is and as text of the original', () => {
    const missed: string[] = [];
    for (const [text, what] of POSITIVES) {
      const found = findContactData(text);
      outcomes.push({ text, expected: what, found });
      if (!found.some((entry) => entry.what === what)) missed.push(`${JSON.stringify(text)} (${what})`);
      // What is found is text of the original, so a document can remove it and a message mask it.
      for (const entry of found) expect(text).toContain(entry.text);
    }
    expect(missed.length / POSITIVES.length, `missed:\n${missed.join('\n')}`).toBeLessThanOrEqual(0.05);
  });

  it.each(NEGATIVES)('finds nothing in %j', (text) => {
    const found = findContactData(text);
    outcomes.push({ text, found });
    expect(found).toEqual([]);
  });

  afterAll(() => {
    const positives = outcomes.filter((outcome) => outcome.expected);
    const caught = positives.filter((outcome) => outcome.found.some((entry) => entry.what === outcome.expected)).length;
    const flagged = outcomes.reduce((sum, outcome) => sum + outcome.found.length, 0);
    const wrong = outcomes.filter((outcome) => !outcome.expected).reduce((sum, outcome) => sum + outcome.found.length, 0);
    const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
    console.info(
      `contact-data corpus: recall ${percent(caught, positives.length)} (${caught} of ${positives.length}), `
      + `precision ${percent(flagged - wrong, flagged)} (${wrong} false positive(s) in ${outcomes.length - positives.length} negatives)`,
    );
  });
});
