-- Verification code and version of each generated form (docs/documents.md). The code is random
-- (not derived from the case), unique across all cases so that a typed code names one form; forms
-- issued before this migration have none. superseded_at is set when the case gets a later version
-- of the same paper form: that version's code is then refused at the visa.
ALTER TABLE document ADD COLUMN verification_code VARCHAR(10);
ALTER TABLE document ADD COLUMN form_version INT DEFAULT 1 NOT NULL;
ALTER TABLE document ADD COLUMN superseded_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX uq_document_verification_code ON document (verification_code);
