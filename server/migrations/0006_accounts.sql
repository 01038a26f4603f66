-- Accounts (docs/api.md, "Accounts"): real people invited by coordinators, who sign in with a
-- password or a link sent by e-mail, in a session kept in the database and carried by a cookie.
--
-- Our `users` row stays the person the rest of the schema knows (roles, cities, assessments'
-- actors). It gains the account's administrative fields; the sign-in itself (password hashes,
-- sessions, one-time tokens) lives in better-auth's tables below (auth_*), whose user points at
-- ours by app_user_id. The column names are those better-auth is configured with
-- (server/accounts/auth.ts).

-- email: lower case, unique; NULL for seeded demo users who have no address.
-- status: invited (no password yet), active, deactivated (may not sign in; sessions ended).
-- language: the language of the person's mail.
ALTER TABLE users
  ADD COLUMN email text UNIQUE CHECK (email = lower(email) AND email <> ''),
  ADD COLUMN status text NOT NULL DEFAULT 'active'
    CHECK (status IN ('invited', 'active', 'deactivated')),
  ADD COLUMN language text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'de')),
  ADD COLUMN notifications_enabled boolean NOT NULL DEFAULT true;

CREATE TABLE auth_users (
  id text PRIMARY KEY,
  app_user_id text NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  email text NOT NULL UNIQUE,
  email_verified boolean NOT NULL DEFAULT false,
  image text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- expires_at slides 12 hours ahead as the session is used (idle limit); the 30-day limit counts
-- from created_at (server/accounts/session-rules.ts).
CREATE TABLE auth_sessions (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  token text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  ip_address text,
  user_agent text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX auth_sessions_user_id ON auth_sessions (user_id);

CREATE TABLE auth_accounts (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  account_id text NOT NULL,
  provider_id text NOT NULL,
  access_token text,
  refresh_token text,
  id_token text,
  access_token_expires_at timestamptz,
  refresh_token_expires_at timestamptz,
  scope text,
  -- scrypt, as better-auth hashes it.
  password text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX auth_accounts_user_id ON auth_accounts (user_id);

-- One-time tokens better-auth issues (sign-in links, password resets).
CREATE TABLE auth_verifications (
  id text PRIMARY KEY,
  identifier text NOT NULL,
  value text NOT NULL,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX auth_verifications_identifier ON auth_verifications (identifier);

-- An invitation's one-time link: only the sha256 of its token is kept, so a copy of the
-- database cannot be used to accept one. Sending it again replaces the user's earlier row.
CREATE TABLE invitations (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Failed sign-ins, counted per address and per account over the last 15 minutes
-- (server/accounts/sign-in-limits.ts). In the database, so every server process and a restart
-- see the same count.
CREATE TABLE sign_in_failures (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  address text NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sign_in_failures_email ON sign_in_failures (email, failed_at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address, failed_at);
