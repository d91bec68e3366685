/** The props of the recorded-ballot chart and its table. */

export interface BallotGroupView {
	/** Group id, as in the hemicycle's groups. */
	group: string;
	members: number;
	for: number;
	against: number;
	abstain: number;
	/** Present but not voting. */
	nonVoting: number;
	absent: number;
}

export interface BallotView {
	/** The Assembly's ballot number ("scrutin public n°"). */
	number: number;
	/** YYYY-MM-DD. */
	date: string;
	/** A short title, in `lang`. */
	label: string;
	/** The language of `label`: ours in the page's language, or the Assembly's own title in French. */
	lang: string;
	/** The Assembly's full title, in French. */
	title: string;
	result: 'adopted' | 'rejected';
	/** The majority the ballot required, as the Assembly words it (French), e.g. "Majorité absolue des suffrages exprimés". */
	majority: string;
	/** Deputies seated that day. */
	seated: number;
	/** Deputies who voted: votes cast plus abstentions. */
	voting: number;
	/** Votes cast: for plus against. */
	cast: number;
	/** Votes needed to pass. */
	needed: number;
	for: number;
	against: number;
	abstain: number;
	/** Who asked for the public ballot, as the Assembly words it (French). */
	requestedBy: string;
	/** The ballot's page on the Assembly's site. */
	href: string;
	groups: BallotGroupView[];
}
