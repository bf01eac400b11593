import type { LabStatus } from '../handbook/lab-status.js';
import { bringsCitizensAndTechnologists, isMeeting } from '../handbook/membership.js';
import type { LabFolder } from '../network/types.js';
import type { PublicLab } from './public-lab.js';

/** The network in numbers, as the home page shows it. */
export interface NetworkFigures {
  labs: number;
  activeMembers: number;
  women: { women: number; counted: number; share: number | null; target: number };
  year: string;
  meetingsThisYear: number;
  communityEventsThisYear: number;
  projects: number;
  projectsByStatus: { status: string; count: number }[];
  partners: number;
  partnersWithMou: number;
}

const PROJECT_STATUSES = ['discovery', 'building', 'launched', 'handed-over', 'closed', 'abandoned'];

/**
 * The network's figures. Those `cil status` shows are added up from its standings (the same
 * objects `cil status --format json` prints), so the site and the status cannot disagree;
 * those of the year so far add up each lab's (see heldThisYear).
 */
export function networkFigures(labs: readonly PublicLab[], asOf: string, womenTarget: number): NetworkFigures {
  const sum = (value: (status: LabStatus) => number) => labs.reduce((total, lab) => total + value(lab.status), 0);
  const women = sum((status) => status.checklist.women.women);
  const counted = sum((status) => status.checklist.women.counted);
  const year = asOf.slice(0, 4);
  const projects = labs.flatMap((lab) => lab.projects.map((project) => project.record.status));
  return {
    labs: labs.length,
    activeMembers: sum((status) => status.checklist.activeMembers.count),
    women: { women, counted, share: counted === 0 ? null : women / counted, target: womenTarget },
    year,
    meetingsThisYear: labs.reduce((total, lab) => total + lab.thisYear.meetings, 0),
    communityEventsThisYear: labs.reduce((total, lab) => total + lab.thisYear.communityEvents, 0),
    projects: projects.length,
    projectsByStatus: PROJECT_STATUSES.map((status) => ({ status, count: projects.filter((each) => each === status).length })),
    partners: sum((status) => status.checklist.partners.total),
    partnersWithMou: sum((status) => status.checklist.partners.withMou),
  };
}

/**
 * A lab's meetings and community events held this year up to `asOf`: the events the status
 * counts, with the same tests of what a meeting and a community event are.
 */
export function heldThisYear(folder: LabFolder, asOf: string): PublicLab['thisYear'] {
  const lab = folder.lab?.record;
  const year = asOf.slice(0, 4);
  const held = [...folder.events.values()].flatMap((file) => {
    const event = file.record;
    return event && event.date.startsWith(year) && event.date <= asOf ? [event] : [];
  });
  const communityEvents = held.filter(bringsCitizensAndTechnologists).length;
  return { meetings: held.filter((event) => isMeeting(event, lab)).length, communityEvents };
}
