package org.tongban.intake.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.core.data.Transactions;

/**
 * Hands out case numbers from blocks reserved in one short commit each, so a submission does not pay a forced commit
 * of its own for its number. The numbers of a block are this node's alone once reserved: a failed submission leaves a
 * gap in the day's numbers, and so does a crash for the rest of its block, never a duplicate. The unused rest of a
 * block goes back when the day turns or the component stops, if nobody reserved after it.
 */
final class CaseNumberBlocks {

    private static final Logger LOG = LoggerFactory.getLogger(CaseNumberBlocks.class);

    private record Key(String code, LocalDate day) {
    }

    private static final class Block {
        int next;
        int last;
    }

    private final Transactions tx;
    private final int size;
    private final Map<Key, Block> blocks = new HashMap<>();

    CaseNumberBlocks(Transactions tx, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a block holds at least one number, not " + size);
        }
        this.tx = tx;
        this.size = size;
    }

    /** The next number of an item on a day. */
    synchronized String next(String implementationCode, LocalDate day) {
        Key key = new Key(implementationCode, day);
        Block b = blocks.get(key);
        if (b == null || b.next > b.last) {
            releaseBefore(day);
            int first = tx.inTransaction(c -> CaseNumbers.reserve(c, implementationCode, day, size));
            b = new Block();
            b.next = first;
            b.last = first + size - 1;
            blocks.put(key, b);
        }
        return CaseNumbers.format(implementationCode, day, b.next++);
    }

    /** Gives back what is left of every block (the component stops). */
    synchronized void releaseAll() {
        for (Iterator<Map.Entry<Key, Block>> it = blocks.entrySet().iterator(); it.hasNext(); ) {
            release(it.next());
            it.remove();
        }
    }

    private void releaseBefore(LocalDate day) {
        for (Iterator<Map.Entry<Key, Block>> it = blocks.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Block> e = it.next();
            if (e.getKey().day().isBefore(day)) {
                release(e);
                it.remove();
            }
        }
    }

    private void release(Map.Entry<Key, Block> e) {
        Key k = e.getKey();
        Block b = e.getValue();
        if (b.next > b.last) {
            return;
        }
        try {
            tx.inTransaction(c -> CaseNumbers.release(c, k.code(), k.day(), b.next, b.last));
        } catch (RuntimeException failed) {
            LOG.warn("case numbers {} to {} of {} on {} not given back; they stay a gap: {}", b.next, b.last, k.code(), k.day(),
                    failed.getMessage());
        }
    }
}
