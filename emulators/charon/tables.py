"""The Charon emulator's SQLite tables (all named ``charon_*`` so ``/_emulator/reset`` empties them)."""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS charon_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS charon_users (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    picture_url TEXT,
    verified_email TEXT,
    password TEXT,
    mfa_email INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS charon_users_email ON charon_users (email);
CREATE TABLE IF NOT EXISTS charon_logins (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES charon_users (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    secret TEXT,
    enabled INTEGER NOT NULL DEFAULT 1,
    token_series TEXT NOT NULL,
    expires REAL
);
CREATE INDEX IF NOT EXISTS charon_logins_secret ON charon_logins (provider, secret);
CREATE INDEX IF NOT EXISTS charon_logins_user ON charon_logins (user_id, pk);
CREATE TABLE IF NOT EXISTS charon_tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id TEXT NOT NULL,
    expires REAL NOT NULL,
    data TEXT
);
CREATE INDEX IF NOT EXISTS charon_tokens_user ON charon_tokens (user_id, kind);
CREATE TABLE IF NOT EXISTS charon_workspaces (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    picture_url TEXT,
    owner_id TEXT NOT NULL,
    package TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS charon_workspace_members (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id TEXT NOT NULL REFERENCES charon_workspaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    role TEXT NOT NULL,
    UNIQUE (workspace_id, user_id)
);
CREATE INDEX IF NOT EXISTS charon_workspace_members_user ON charon_workspace_members (user_id);
CREATE TABLE IF NOT EXISTS charon_projects (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    workspace_id TEXT NOT NULL REFERENCES charon_workspaces (id),
    name TEXT NOT NULL,
    picture_url TEXT,
    tags TEXT NOT NULL,
    scripting_language TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS charon_projects_workspace ON charon_projects (workspace_id, pk);
CREATE TABLE IF NOT EXISTS charon_project_members (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id TEXT NOT NULL REFERENCES charon_projects (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    grants TEXT NOT NULL,
    UNIQUE (project_id, user_id)
);
CREATE INDEX IF NOT EXISTS charon_project_members_user ON charon_project_members (user_id);
CREATE TABLE IF NOT EXISTS charon_invitations (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL REFERENCES charon_projects (id) ON DELETE CASCADE,
    invited_user_id TEXT NOT NULL,
    initiator_user_id TEXT NOT NULL,
    response TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (project_id, invited_user_id)
);
CREATE INDEX IF NOT EXISTS charon_invitations_user ON charon_invitations (invited_user_id);
CREATE TABLE IF NOT EXISTS charon_branches (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    project_id TEXT NOT NULL REFERENCES charon_projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    is_primary INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    UNIQUE (project_id, name)
);
-- One game-data file per branch; the engine issue fills and reads ``content``.
CREATE TABLE IF NOT EXISTS charon_data_sources (
    id TEXT PRIMARY KEY REFERENCES charon_branches (id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0
);
-- Game data (store.py): a scope is a data source id or a transaction's copy of one ("<id>#<tx>").
CREATE TABLE IF NOT EXISTS charon_revisions (
    scope TEXT PRIMARY KEY,
    revision_hash TEXT NOT NULL,
    metadata_hash TEXT NOT NULL,
    change_number INTEGER NOT NULL,
    tools_version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS charon_documents (
    scope TEXT NOT NULL,
    schema_id TEXT NOT NULL,
    doc_key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    body TEXT NOT NULL,
    search TEXT NOT NULL,
    PRIMARY KEY (scope, schema_id, doc_key)
);
CREATE INDEX IF NOT EXISTS charon_documents_order ON charon_documents (scope, schema_id, seq);
-- One row per top-level property of each root document: what filters and sorters use (with seq as the
-- tie-break, so a sorted page is an index range scan).
CREATE TABLE IF NOT EXISTS charon_document_values (
    scope TEXT NOT NULL,
    schema_id TEXT NOT NULL,
    doc_key TEXT NOT NULL,
    property TEXT NOT NULL,
    text_value TEXT,
    folded_value TEXT,
    number_value REAL,
    seq INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS charon_values_doc ON charon_document_values (scope, schema_id, doc_key);
CREATE INDEX IF NOT EXISTS charon_values_text
    ON charon_document_values (scope, schema_id, property, text_value, seq);
CREATE INDEX IF NOT EXISTS charon_values_folded
    ON charon_document_values (scope, schema_id, property, folded_value, seq);
CREATE INDEX IF NOT EXISTS charon_values_number
    ON charon_document_values (scope, schema_id, property, number_value, seq);
-- Descending sorts keep ties in creation order: the index must say so for the scan to need no sort.
CREATE INDEX IF NOT EXISTS charon_values_text_desc
    ON charon_document_values (scope, schema_id, property, text_value DESC, seq);
CREATE INDEX IF NOT EXISTS charon_values_number_desc
    ON charon_document_values (scope, schema_id, property, number_value DESC, seq);
CREATE TABLE IF NOT EXISTS charon_collection_sizes (
    scope TEXT NOT NULL,
    schema_id TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (scope, schema_id)
);
CREATE TABLE IF NOT EXISTS charon_transactions (
    data_source TEXT NOT NULL,
    id TEXT NOT NULL,
    state TEXT NOT NULL,
    deadline REAL NOT NULL,
    base_revision TEXT NOT NULL,
    PRIMARY KEY (data_source, id)
);
-- Import, export, backup, restore, validate, source-code generation (processes.py): one row per run, ids
-- sequential per data source, the last PROCESS_HISTORY kept; ``result`` is the raw result, if any.
CREATE TABLE IF NOT EXISTS charon_processes (
    data_source TEXT NOT NULL,
    id INTEGER NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    initiator_id TEXT,
    initiator_name TEXT,
    progress_message TEXT NOT NULL,
    progress REAL NOT NULL,
    start_time TEXT NOT NULL,
    elapsed REAL NOT NULL,
    can_be_stopped INTEGER NOT NULL,
    result BLOB,
    result_type TEXT,
    PRIMARY KEY (data_source, id)
);
-- Who worked in a data source lately (getDataSourcePresentUsers), one row per user.
CREATE TABLE IF NOT EXISTS charon_presence (
    data_source TEXT NOT NULL,
    user_id TEXT NOT NULL,
    session INTEGER NOT NULL,
    seen REAL NOT NULL,
    PRIMARY KEY (data_source, user_id)
);
CREATE TABLE IF NOT EXISTS charon_preferences (
    layer TEXT NOT NULL,
    scope_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (layer, scope_id, user_id)
);
CREATE INDEX IF NOT EXISTS charon_preferences_user ON charon_preferences (user_id);
CREATE TABLE IF NOT EXISTS charon_billing_accounts (
    user_id TEXT PRIMARY KEY,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS charon_invoices (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    session_id TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS charon_invoices_user ON charon_invoices (user_id, pk);
CREATE TABLE IF NOT EXISTS charon_resources (
    pk INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    owner_id TEXT,
    file_name TEXT NOT NULL,
    purpose TEXT NOT NULL,
    media_type TEXT NOT NULL,
    md5 TEXT NOT NULL,
    length INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS charon_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    code TEXT,
    created TEXT NOT NULL
);
"""

# Every table above, parents before children: what reset empties.
TABLES = (
    "charon_counters",
    "charon_users",
    "charon_logins",
    "charon_tokens",
    "charon_workspaces",
    "charon_workspace_members",
    "charon_projects",
    "charon_project_members",
    "charon_invitations",
    "charon_branches",
    "charon_data_sources",
    "charon_revisions",
    "charon_documents",
    "charon_document_values",
    "charon_collection_sizes",
    "charon_transactions",
    "charon_processes",
    "charon_presence",
    "charon_preferences",
    "charon_billing_accounts",
    "charon_invoices",
    "charon_resources",
    "charon_outbox",
)
