-- After-expiry renewal (SPEC.md Process 2): situation, ECON-084 intake, back-office work and its
-- 24-hour window, unassignment.

-- A case registered at a branch (ECON-084 for a token that expired with no case) has no requester
-- in the portal.
ALTER TABLE renewal_case ALTER COLUMN requested_by_id DROP NOT NULL;

ALTER TABLE renewal_case ADD COLUMN entry_point VARCHAR(30) DEFAULT 'PORTAL_REQUEST' NOT NULL;
ALTER TABLE renewal_case ADD COLUMN situation INTEGER;
ALTER TABLE renewal_case ADD COLUMN econ084_received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE renewal_case ADD COLUMN back_office_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE renewal_case ADD COLUMN sla_breached_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE renewal_case ADD COLUMN unassigned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE renewal_case ADD COLUMN unassignment_reason VARCHAR(30);
