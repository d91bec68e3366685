export function seatStates(seats, votes) {
    if (!votes)
        return Array.from({ length: seats }, () => 'seat');
    const order = [
        ['for', votes.for],
        ['abstain', votes.abstain],
        ['against', votes.against],
        ['absent', votes.absent]
    ];
    const states = order.flatMap(([state, count]) => Array.from({ length: count }, () => state));
    if (states.length !== seats)
        throw new Error(`vote counts add up to ${states.length}, not ${seats} seats`);
    return states;
}
