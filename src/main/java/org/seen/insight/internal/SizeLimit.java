package org.seen.insight.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit and fails past it, so that an upload sent without a length
 * (or with a false one) is still stopped as it streams, never buffered.
 */
class SizeLimit extends FilterInputStream {

	private final long limit;

	private long read;

	private boolean exceeded;

	SizeLimit(InputStream in, long limit) {
		super(in);
		this.limit = limit;
	}

	boolean exceeded() {
		return exceeded;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws IOException {
		read += n;
		if (read > limit) {
			exceeded = true;
			throw new IOException("The upload is larger than " + limit + " bytes");
		}
	}
}
