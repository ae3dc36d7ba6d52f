-- The division of a card's case, copied from intake when the card is issued, so that a supervisor's list and counts
-- of cards are bounded by their divisions without reading intake's tables. NULL for a task's card (not a case) and,
-- until supervision fills them in at its next start, for cards issued before this column.
ALTER TABLE supervision_card ADD COLUMN division_code VARCHAR(12);
