/**
 * The arithmetic of a vote in the National Assembly: how many deputies of each group vote for, against
 * or abstain given the group's line, its discipline and its turnout, and whether the motion passes under
 * the chosen majority rule. Pure functions; the simulator renders what they return.
 */
export const choices = ['for', 'against', 'abstain'];
/** The smallest whole number greater than half of `n`. */
export function majorityOf(n) {
    return Math.floor(n / 2) + 1;
}
/** How a group of `seats` members votes under `line`. Counts are whole deputies and add up to `seats`. */
export function groupTally(group, seats, line) {
    const present = Math.round((seats * clampPercent(line.turnout)) / 100);
    const loyal = Math.round((present * clampPercent(line.discipline)) / 100);
    const dissent = present - loyal;
    const others = choices.filter((c) => c !== line.choice);
    const tally = { group, seats, for: 0, against: 0, abstain: 0, absent: seats - present };
    tally[line.choice] = loyal;
    // Dissenters split evenly between the other two options; an odd one out goes to the first in `choices` order.
    tally[others[0]] += Math.ceil(dissent / 2);
    tally[others[1]] += Math.floor(dissent / 2);
    return tally;
}
/**
 * The result of a vote. `groups` gives each group's seats; `lines` each group's line (a group without one
 * abstains); `totalSeats` is the full house, vacancies included.
 */
export function voteOutcome(groups, lines, totalSeats, rule) {
    const tallies = groups.map((g) => groupTally(g.id, g.seats, lines[g.id] ?? { choice: 'abstain', discipline: 100, turnout: 100 }));
    const sum = (key) => tallies.reduce((total, t) => total + t[key], 0);
    const votesFor = sum('for');
    const votesAgainst = sum('against');
    const filled = groups.reduce((total, g) => total + g.seats, 0);
    const cast = votesFor + votesAgainst;
    const needed = rule === 'cast' ? majorityOf(cast) : majorityOf(filled);
    // Under `cast`, a vote for must outnumber a vote against; an abstainer who votes for adds to both sides of the count.
    const passes = rule === 'cast' ? votesFor > votesAgainst : votesFor >= needed;
    const margin = rule === 'cast' ? votesFor - votesAgainst : votesFor - needed + 1;
    const short = rule === 'cast' ? votesAgainst - votesFor + 1 : needed - votesFor;
    return {
        tallies,
        for: votesFor,
        against: votesAgainst,
        abstain: sum('abstain'),
        absent: sum('absent'),
        cast,
        rule,
        needed,
        passes,
        margin: passes ? margin : 0,
        short: passes ? 0 : short,
        absoluteMajorityFull: majorityOf(totalSeats),
        absoluteMajorityFilled: majorityOf(filled)
    };
}
function clampPercent(value) {
    return Math.min(100, Math.max(0, value));
}
