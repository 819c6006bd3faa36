-- The managers' dashboard at 100,000 open cases (benchmark/run-dashboard). Portable SQL (H2 and
-- PostgreSQL).

-- Covers every column of the dashboard's pass over the open cases (status, office, the windows'
-- start dates, the situation), so PostgreSQL answers it with an index-only scan instead of
-- reading the table's rows. The closed (ACTIVADO) cases form their own range and are skipped.
CREATE INDEX ix_renewal_case_open_dashboard ON renewal_case (status, branch_office_code,
  requested_at, back_office_due_at, econ084_received_at, unassigned_at, situation);
-- Its first two columns make V9's index redundant.
DROP INDEX ix_renewal_case_status_office;
