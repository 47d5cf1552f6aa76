package org.seen.strategy.internal.audits;

/**
 * A count as shown: across audits a count from 1 to 4 is withheld as "c", for everyone, because
 * these tables are circulated; within one audit its panel sees the raw count.
 */
public record Figure(int raw, boolean withheld) {

	static Figure of(int raw, boolean withholdSmall) {
		return new Figure(raw, withholdSmall && small(raw));
	}

	static boolean small(int count) {
		return org.seen.strategy.internal.SmallNumbers.small(count);
	}

	public String shown() {
		return withheld ? org.seen.strategy.internal.SmallNumbers.WITHHELD : String.valueOf(raw);
	}
}
