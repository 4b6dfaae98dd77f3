-- Every assignment dedupe makes gets the next number, so readers of the assignments can keep the latest one per
-- article even when a re-assignment (after a merge) arrives on another partition before an older one.
CREATE SEQUENCE assignment_sequence;
