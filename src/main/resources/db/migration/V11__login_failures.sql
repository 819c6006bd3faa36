-- Failed logins of human users per user and client address (LoginThrottle), shared by all nodes:
-- N nodes behind a load balancer still allow only max-failures tries before the lock. Rows of a
-- pair with no failure for longer than the longest lock are removed (a flood of made-up names
-- does not stay).
CREATE TABLE login_failure (
  user_key        VARCHAR(200) NOT NULL,
  address         VARCHAR(64)  NOT NULL,
  failures        INTEGER      NOT NULL,
  locked_until    TIMESTAMP WITH TIME ZONE,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_key, address)
);
CREATE INDEX ix_login_failure_last ON login_failure (last_failure_at);
