-- Process 3, activation after expiry / new clients (R-A1..R-A6): the portal's registration of an
-- online-banking user and the credential store. Portable SQL (H2 and PostgreSQL).

-- One row per registration; the id (a UUID) is the business key of its process instance.
CREATE TABLE registration (
  id               VARCHAR(36)  PRIMARY KEY,
  company_id       BIGINT       NOT NULL REFERENCES company (id),
  user_id          BIGINT       NOT NULL REFERENCES bank_user (id),
  device_id        BIGINT       NOT NULL REFERENCES device (id),
  acts_as_admin    BOOLEAN      NOT NULL,
  step             VARCHAR(30)  NOT NULL,
  -- Adaptive hash of the 6-digit code (R-A3); the code itself is never stored.
  code_hash        VARCHAR(100),
  code_expires_at  TIMESTAMP WITH TIME ZONE,
  wrong_tries      INT          NOT NULL DEFAULT 0,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_registration_user ON registration (user_id);

-- Online-banking password of a user (R-V6): only an adaptive hash, never the password.
CREATE TABLE online_banking_credential (
  user_id        BIGINT       PRIMARY KEY REFERENCES bank_user (id),
  password_hash  VARCHAR(200) NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0
);
