import type { Files } from './testdir.js';

/** The day a network of broken labs is judged on. */
export const BROKEN_AS_OF = '2026-07-20';

/**
 * A lab whose records break every rule that reads a lab: unread YAML, schema errors, bad
 * names, broken references, a report without its document, contact data, impossible
 * numbers and dates, a lead who left, a meeting without its attendance, months without
 * meetings, quarters without community events, late and missing reports, members due a
 * warning or offboarding, projects without an MoU, code or closure report, no women among
 * its members, and a member whose GitHub handle is in every such lab.
 */
export function brokenLab(id: string): Files {
  const dir = `labs/${id}`;
  const person = (name: string, extra = '') =>
    `name: ${name}\ngithub: ${id}-${name.toLowerCase().replace(/ /g, '-')}\njoined: 2026-01-01\nroles: [{ role: technologist }]\ngender: man\nstatus: active\n${extra}`;
  const meetup = (date: string) => `title: Meetup\nkind: meetup\ndate: ${date}\nattendance: { present: [lead, nobody-here], excused: [lead] }\n`;
  return {
    [`${dir}/lab.yaml`]: `name: Lab ${id}\ncity: City ${id}\nprovince: Punjab\nfounded: 2026-01-01\nstatus: active\nleads: [lead, gone]\npartners:\n  - { id: board, name: City Board, kind: government }\n`,
    [`${dir}/members/lead.yaml`]: person('Lead'),
    [`${dir}/members/gone.yaml`]: person('Gone').replace('status: active\n', 'status: offboarded\noffboarded: { date: 2026-02-01, reason: Left, handover: None }\n'),
    [`${dir}/members/quiet.yaml`]: person('Quiet'),
    [`${dir}/members/warned.yaml`]: person('Warned', 'warnings: [{ date: 2026-02-01, reason: a }, { date: 2026-02-15, reason: b }]\n'),
    [`${dir}/members/colour.yaml`]: person('Colour', 'favourite_colour: blue\n'),
    [`${dir}/members/Bad Name.yaml`]: person('Bad Name'),
    [`${dir}/members/caller.yaml`]: person('Caller', 'skills: [call me on 0321-7654321]\n'),
    // The same person in every lab: what one lab cannot see alone.
    [`${dir}/members/mover.yaml`]: person('Mover').replace(`github: ${id}-mover`, 'github: moving-person'),
    [`${dir}/events/2026-03-10-meetup.yaml`]: meetup('2026-03-10'),
    [`${dir}/events/2026-04-10-meetup.yaml`]: meetup('2026-04-10'),
    [`${dir}/events/2026-05-10-meetup.yaml`]: meetup('2026-05-10'),
    [`${dir}/events/2026-06-10-meetup.yaml`]: 'title: Meetup\nkind: meetup\ndate: 2026-06-10\n',
    // Impossible records: more women than people, a member offboarded before coming, a
    // meeting to come already attended, and an event before the lab was founded.
    [`${dir}/events/2026-04-20-workshop.yaml`]: 'title: Workshop\nkind: workshop\ndate: 2026-04-20\nattendance: { present: [gone] }\naudience: { technologists: 6, women: 9 }\n',
    [`${dir}/events/2026-08-10-meetup.yaml`]: 'title: Meetup\nkind: meetup\ndate: 2026-08-10\nuntil: 2026-08-09\nattendance: { present: [lead] }\n',
    [`${dir}/events/2025-12-20-meetup.yaml`]: 'title: Meetup\nkind: meetup\ndate: 2025-12-20\nattendance: { present: [lead] }\n',
    [`${dir}/events/2026-05-20-broken.yaml`]: 'title: "Unclosed\nkind: meetup\n',
    // A citizen nobody meets, met first at an event that is not recorded.
    [`${dir}/citizens/nasreen.yaml`]: 'name: Nasreen\nconsent: 2026-01-01\nmet_at: 2026-01-02-nowhere\nstatus: active\n',
    [`${dir}/projects/built.yaml`]: 'name: Built\nstatus: building\nstarted: 2026-02-01\n',
    [`${dir}/projects/done.yaml`]: 'name: Done\nstatus: closed\nstarted: 2026-01-05\nended: 2026-06-01\npartner: board\nmou_signed: 2026-02-01\nrepository: https://github.com/x/done\nlicense: MIT\n',
    [`${dir}/reports/2026-01-monthly.yaml`]: 'kind: monthly\nperiod: 2026-01\nsubmitted: 2026-02-20\nsuccesses: [A start]\n',
  };
}
