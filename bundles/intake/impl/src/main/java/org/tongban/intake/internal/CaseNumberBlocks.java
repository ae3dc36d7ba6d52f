package org.tongban.intake.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.data.Transactions;
import org.tongban.intake.CaseNumbersExhaustedException;

/**
 * Hands out case numbers from blocks reserved in one short commit each, so a submission does not pay a forced commit
 * of its own for its number. The numbers of a block are this node's alone once reserved: a submission that fails gives
 * its number back and the next one takes it; a crash leaves the rest of its block a gap, never a duplicate. The unused rest of a
 * block goes back when the day turns or the component stops, if nobody reserved after it. Each item has its own
 * block and lock, so clerks of one item wait for its next reservation, not those of others.
 */
final class CaseNumberBlocks {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNumberBlocks.class);

    private record Key(String code, LocalDate day) {
    }

    /** Next and last number of a reservation; next > last when used up or given back. Guarded by itself. */
    private static final class Block {
        int next = 1;
        int last = 0;
        /** The day's numbers are all given out: refuse without asking the database again. */
        boolean exhausted;
        /** Numbers below next given back by failed submissions, handed out again first. */
        final java.util.TreeSet<Integer> returned = new java.util.TreeSet<>();
    }

    private final Transactions tx;
    private final int size;
    private final Map<Key, Block> blocks = new ConcurrentHashMap<>();

    CaseNumberBlocks(Transactions tx, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a block holds at least one number, not " + size);
        }
        this.tx = tx;
        this.size = size;
    }

    /** The next number of an item on a day; {@link CaseNumbersExhaustedException} once the day's are all given out. */
    String next(String implementationCode, LocalDate day) {
        releaseBefore(day);
        Block b = blocks.computeIfAbsent(new Key(implementationCode, day), k -> new Block());
        int sequence;
        synchronized (b) {
            if (!b.returned.isEmpty()) {
                return CaseNumbers.format(implementationCode, day, b.returned.pollFirst());
            }
            if (b.next > b.last) {
                if (b.exhausted) {
                    throw new CaseNumbersExhaustedException(implementationCode, day, CaseNumbers.MAX_SEQUENCE);
                }
                // A block given back meanwhile is used up too: what it held may be handed out again from the database.
                int first = tx.inTransaction(c -> CaseNumbers.reserve(c, implementationCode, day, size));
                b.next = first;
                b.last = Math.min(first + size - 1, CaseNumbers.MAX_SEQUENCE);
                if (first > CaseNumbers.MAX_SEQUENCE) {
                    b.exhausted = true;
                    throw new CaseNumbersExhaustedException(implementationCode, day, CaseNumbers.MAX_SEQUENCE);
                }
            }
            sequence = b.next++;
        }
        return CaseNumbers.format(implementationCode, day, sequence);
    }

    /**
     * Takes back a number whose submission failed (nothing was stored under it), so the day keeps no gap. A number
     * of a block already given back or of another day stays a gap: its range may be someone else's now.
     */
    void giveBack(String implementationCode, LocalDate day, String number) {
        Block b = blocks.get(new Key(implementationCode, day));
        if (b == null) {
            return;
        }
        int sequence = CaseNumbers.sequence(number);
        synchronized (b) {
            if (blocks.get(new Key(implementationCode, day)) != b || sequence >= b.next) {
                return;
            }
            if (sequence == b.next - 1) {
                b.next--;
                // Numbers given back earlier that now end the block join its unused rest.
                while (b.returned.remove(b.next - 1)) {
                    b.next--;
                }
            } else {
                b.returned.add(sequence);
            }
        }
    }

    /** Gives back what is left of every block (the component stops). */
    void releaseAll() {
        blocks.forEach((k, b) -> {
            if (blocks.remove(k, b)) {
                release(k, b);
            }
        });
    }

    private void releaseBefore(LocalDate day) {
        blocks.forEach((k, b) -> {
            if (k.day().isBefore(day) && blocks.remove(k, b)) {
                release(k, b);
            }
        });
    }

    private void release(Key k, Block b) {
        synchronized (b) {
            int first = b.next;
            int last = b.last;
            b.next = last + 1;   // used up: nobody takes a number from it once it has gone back
            if (first > last) {
                return;
            }
            try {
                tx.inTransaction(c -> CaseNumbers.release(c, k.code(), k.day(), first, last));
            } catch (RuntimeException failed) {
                LOG.warn("case numbers {} to {} of {} on {} not given back; they stay a gap: {}", first, last, k.code(), k.day(),
                        failed.getMessage());
            }
        }
    }
}
