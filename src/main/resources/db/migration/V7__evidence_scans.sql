-- Scans of the signed paper (visa, ECON-084 receipt and intake, unassignment): the branch's evidence.
-- An upload is pending (no business key for a start form, attached_at empty) until the task that
-- received it is completed; pending uploads older than a day are removed (EvidenceScanRetention).
CREATE TABLE evidence_scan (
  id             VARCHAR(36)  PRIMARY KEY,
  business_key   VARCHAR(40),
  purpose        VARCHAR(30)  NOT NULL,
  task_id        VARCHAR(64),
  file_name      VARCHAR(200) NOT NULL,
  media_type     VARCHAR(40)  NOT NULL,
  size_bytes     BIGINT       NOT NULL,
  sha256         VARCHAR(64)  NOT NULL,
  content        BYTEA        NOT NULL,
  uploaded_by    VARCHAR(100) NOT NULL,
  branch_office  VARCHAR(10),
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  attached_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_evidence_scan_business_key ON evidence_scan (business_key);
CREATE INDEX ix_evidence_scan_task ON evidence_scan (task_id);
CREATE INDEX ix_evidence_scan_uploaded_at ON evidence_scan (uploaded_at);
