/** Small record texts for accountability tests, in the layout of the base network's lab lahore. */

export const LAB = 'labs/lahore/lab.yaml';

export function lab(founded: string, extra = ''): Record<string, string> {
  return {
    [LAB]: `name: Civic Innovation Lab Lahore\ncity: Lahore\nprovince: Punjab\nfounded: ${founded}\nstatus: active\nleads: [ayesha-khan]\npartners:\n  - { id: pitb, name: Punjab IT Board, kind: government }\n${extra}`,
  };
}

export function member(id: string, joined: string, extra = ''): Record<string, string> {
  const name = id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  const roles = extra.includes('roles:') ? '' : 'roles: [{ role: technologist }]\n';
  const status = extra.includes('status:') ? '' : 'status: active\n';
  return { [`labs/lahore/members/${id}.yaml`]: `name: ${name}\njoined: ${joined}\n${roles}${status}${extra}` };
}

/** A lab meeting (a meetup unless `kind` says otherwise), with attendance. */
export function meeting(date: string, present: string[] = [], excused: string[] = [], kind = 'meetup', extra = ''): Record<string, string> {
  const attendance = `attendance: { present: [${present.join(', ')}], excused: [${excused.join(', ')}] }\n`;
  return { [`labs/lahore/events/${date}-${kind}.yaml`]: `title: ${kind} on ${date}\nkind: ${kind}\ndate: ${date}\n${attendance}${extra}` };
}

export function report(name: string, text: string): Record<string, string> {
  return { [`labs/lahore/reports/${name}.yaml`]: text };
}

export function project(id: string, text: string): Record<string, string> {
  return { [`labs/lahore/projects/${id}.yaml`]: text };
}
