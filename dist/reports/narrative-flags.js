/**
 * The flags that give a report's narrative (`--next-step` from `nextStep`), and the report
 * fields they fill. Each is repeatable where its field is a list. The report schema decides
 * which fields belong to which kind of report (a test keeps this table and the schema in
 * step); KPIs, artifacts and weekly summaries are structured, so they come from `--from <file>`.
 */
export const NARRATIVE_FLAGS = [
    { option: 'summary', field: 'summary', list: false, question: 'A short summary of the period' },
    { option: 'success', field: 'successes', list: true, question: 'A success' },
    { option: 'blocker', field: 'blockers', list: true, question: 'A blocker, and the help needed' },
    { option: 'challenge', field: 'challenges', list: true, question: 'A challenge' },
    { option: 'lesson', field: 'lessons', list: true, question: 'A lesson learned' },
    { option: 'nextStep', field: 'next_steps', list: true, question: 'A next step' },
    { option: 'story', field: 'story', list: false, question: "The lab's story of the quarter" },
    { option: 'takeaway', field: 'takeaways', list: true, question: 'A key takeaway from the events' },
    { option: 'problemStatement', field: 'problem_statement', list: false, question: 'The refined problem statement' },
    { option: 'userNeed', field: 'user_needs', list: true, question: 'A user need' },
    { option: 'insight', field: 'insights', list: true, question: 'An insight from interviews or testing' },
    { option: 'outcome', field: 'outcomes', list: true, question: 'An outcome of the project' },
    { option: 'recommendation', field: 'recommendations', list: true, question: 'A recommendation for future projects' },
    { option: 'video', field: 'videos', list: true, question: 'A link to a video (https://...)' },
];
/** The narrative flags of each report kind, in the order the handbook lists its sections. */
export const KIND_FLAGS = {
    monthly: ['success', 'blocker', 'nextStep', 'video'],
    quarterly: ['story', 'takeaway', 'video'],
    midyear: ['summary', 'success', 'challenge', 'nextStep', 'video'],
    annual: ['summary', 'success', 'challenge', 'lesson', 'nextStep', 'video'],
    discovery: ['userNeed', 'insight', 'problemStatement', 'video'],
    closure: ['outcome', 'challenge', 'lesson', 'recommendation', 'video'],
};
export function narrativeFlagsOf(kind) {
    return (KIND_FLAGS[kind] ?? []).flatMap((option) => NARRATIVE_FLAGS.filter((flag) => flag.option === option));
}
