#include "Migrations.h"

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

// Never edit a released step: add a new one. tests/store/fixtures holds each older schema.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: notices with their draft versions, the outbox, reviews, the journal, and the
        // account's sites and territories cached for offline use.
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            // seq keeps the row id stable (the search index refers to it).
            QStringLiteral(
                "CREATE TABLE notices ("
                " seq INTEGER PRIMARY KEY,"
                " id TEXT NOT NULL UNIQUE,"
                " territory TEXT NOT NULL DEFAULT '', type TEXT NOT NULL DEFAULT '',"
                " status TEXT NOT NULL DEFAULT '',"
                " company TEXT NOT NULL DEFAULT '', site TEXT NOT NULL DEFAULT '',"
                " commune TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
                " start_at TEXT, end_at TEXT,"
                " state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'queued',"
                "  'published', 'ended', 'cancelled', 'conflict', 'failed')),"
                " draft_version INTEGER NOT NULL DEFAULT 0,"
                // What the platform holds: its revision and ETag, and the published JSON kept
                // beside the pending local draft.
                " platform_revision INTEGER, etag TEXT,"
                " published_revision INTEGER, published_json TEXT,"
                " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notices_updated ON notices (updated_at DESC, seq DESC)"),
            QStringLiteral("CREATE INDEX notices_territory ON notices (territory, updated_at)"),
            QStringLiteral("CREATE INDEX notices_state ON notices (state, updated_at)"),
            QStringLiteral("CREATE TABLE draft_versions ("
                           " notice_id TEXT NOT NULL REFERENCES notices (id),"
                           " version INTEGER NOT NULL,"
                           " json TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL, user TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (notice_id, version)) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE operations ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                " id TEXT NOT NULL UNIQUE,"
                " notice_id TEXT NOT NULL REFERENCES notices (id),"
                " kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'end', 'cancel',"
                "  'review')),"
                " idempotency_key TEXT NOT NULL UNIQUE,"
                " payload TEXT NOT NULL,"
                " draft_version INTEGER,"
                " base_revision INTEGER, base_etag TEXT,"
                " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending',"
                "  'sent', 'retry_wait', 'needs_sign_in', 'conflict', 'failed')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " next_attempt_at TEXT, last_error TEXT,"
                " platform_revision INTEGER, failure_reason TEXT,"
                " queued_at TEXT NOT NULL, updated_at TEXT NOT NULL, sent_at TEXT,"
                " user TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX operations_notice ON operations (notice_id, seq)"),
            QStringLiteral("CREATE INDEX operations_state ON operations (state, seq)"),
            QStringLiteral("CREATE TABLE reviews ("
                           " seq INTEGER PRIMARY KEY,"
                           " notice_id TEXT NOT NULL REFERENCES notices (id),"
                           " revision INTEGER,"
                           " decision TEXT CHECK (decision IN ('approve', 'reject')),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " reviewer TEXT NOT NULL DEFAULT '',"
                           " decided_at TEXT NOT NULL,"
                           " operation_id TEXT REFERENCES operations (id))"),
            QStringLiteral("CREATE INDEX reviews_notice ON reviews (notice_id, seq)"),
            QStringLiteral("CREATE TABLE journal ("
                           " seq INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,"
                           " notice_id TEXT, operation_id TEXT, detail TEXT NOT NULL DEFAULT '',"
                           " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
            // The chain's last link, so removing the newest entries shows too.
            QStringLiteral("CREATE TABLE journal_head (seq INTEGER NOT NULL, hash TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cached_territories ("
                           " id TEXT PRIMARY KEY, name TEXT NOT NULL, json TEXT NOT NULL,"
                           " fetched_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cached_sites ("
                           " id TEXT PRIMARY KEY, territory TEXT NOT NULL,"
                           " company TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,"
                           " commune TEXT NOT NULL DEFAULT '', json TEXT NOT NULL,"
                           " fetched_at TEXT NOT NULL)"),
        },
        // 2: full-text search over the notices, accent-blind ("evenement" finds "événement").
        {
            QStringLiteral("CREATE VIRTUAL TABLE notices_fts USING fts5 ("
                           " text, company, site, commune,"
                           " content = 'notices', content_rowid = 'seq',"
                           " tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER notices_fts_insert AFTER INSERT ON notices BEGIN"
                           " INSERT INTO notices_fts (rowid, text, company, site, commune)"
                           " VALUES (new.seq, new.text, new.company, new.site, new.commune);"
                           " END"),
            QStringLiteral("CREATE TRIGGER notices_fts_delete AFTER DELETE ON notices BEGIN"
                           " INSERT INTO notices_fts (notices_fts, rowid, text, company, site,"
                           " commune) VALUES ('delete', old.seq, old.text, old.company, old.site,"
                           " old.commune);"
                           " END"),
            // Only when a searched column changes: a state change costs no index work.
            QStringLiteral("CREATE TRIGGER notices_fts_update AFTER UPDATE OF text, company, site,"
                           " commune ON notices BEGIN"
                           " INSERT INTO notices_fts (notices_fts, rowid, text, company, site,"
                           " commune) VALUES ('delete', old.seq, old.text, old.company, old.site,"
                           " old.commune);"
                           " INSERT INTO notices_fts (rowid, text, company, site, commune)"
                           " VALUES (new.seq, new.text, new.company, new.site, new.commune);"
                           " END"),
            QStringLiteral("INSERT INTO notices_fts (notices_fts) VALUES ('rebuild')"),
        },
        // 3: a review may also request changes (SQLite changes a CHECK only by a new table).
        {
            QStringLiteral("CREATE TABLE reviews_v3 ("
                           " seq INTEGER PRIMARY KEY,"
                           " notice_id TEXT NOT NULL REFERENCES notices (id),"
                           " revision INTEGER,"
                           " decision TEXT CHECK (decision IN ('approve', 'request_changes',"
                           "  'reject')),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " reviewer TEXT NOT NULL DEFAULT '',"
                           " decided_at TEXT NOT NULL,"
                           " operation_id TEXT REFERENCES operations (id))"),
            QStringLiteral("INSERT INTO reviews_v3 SELECT * FROM reviews"),
            QStringLiteral("DROP TABLE reviews"),
            QStringLiteral("ALTER TABLE reviews_v3 RENAME TO reviews"),
            QStringLiteral("CREATE INDEX reviews_notice ON reviews (notice_id, seq)"),
        },
        // 4: the platform account an operation was first sent as. The platform keeps
        // idempotency keys per account, so an operation whose answer was lost must not be
        // resent as another one. Operations attempted before this step have none (unknown).
        {
            QStringLiteral("ALTER TABLE operations ADD COLUMN attempted_by TEXT"),
        },
        // 5: a journal entry's hash may be an HMAC under the profile's key (kept in the
        // keychain); entries written before this step are plain SHA-256 (0).
        {
            QStringLiteral("ALTER TABLE journal ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0"),
        },
        // 6: where the notice stands on the platform as last seen (PlatformStanding's JSON): the
        // CCI's decision and comment reach the issuer's list, and survive a restart offline.
        {
            QStringLiteral("ALTER TABLE notices ADD COLUMN platform_standing TEXT"),
        },
        // 7: the hotline's audio goes to the platform as an operation of its own, after the
        // create or update whose revision it speaks; body holds the WAV (NULL for the JSON
        // operations). SQLite changes a CHECK only by a new table, and a parent table with
        // children cannot be dropped inside a transaction (PRAGMA foreign_keys cannot change
        // there): reviews, the only table pointing at operations, is set aside and put back.
        {
            QStringLiteral("CREATE TABLE reviews_kept AS SELECT * FROM reviews"),
            QStringLiteral("DROP TABLE reviews"),
            QStringLiteral(
                "CREATE TABLE operations_v7 ("
                " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                " id TEXT NOT NULL UNIQUE,"
                " notice_id TEXT NOT NULL REFERENCES notices (id),"
                " kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'end', 'cancel',"
                "  'review', 'hotline_audio')),"
                " idempotency_key TEXT NOT NULL UNIQUE,"
                " payload TEXT NOT NULL,"
                " draft_version INTEGER,"
                " base_revision INTEGER, base_etag TEXT,"
                " state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sending',"
                "  'sent', 'retry_wait', 'needs_sign_in', 'conflict', 'failed')),"
                " attempts INTEGER NOT NULL DEFAULT 0,"
                " next_attempt_at TEXT, last_error TEXT,"
                " platform_revision INTEGER, failure_reason TEXT,"
                " queued_at TEXT NOT NULL, updated_at TEXT NOT NULL, sent_at TEXT,"
                " user TEXT NOT NULL DEFAULT '',"
                " attempted_by TEXT,"
                " body BLOB)"),
            QStringLiteral(
                "INSERT INTO operations_v7 (seq, id, notice_id, kind, idempotency_key, payload,"
                " draft_version, base_revision, base_etag, state, attempts, next_attempt_at,"
                " last_error, platform_revision, failure_reason, queued_at, updated_at, sent_at,"
                " user, attempted_by)"
                " SELECT seq, id, notice_id, kind, idempotency_key, payload, draft_version,"
                " base_revision, base_etag, state, attempts, next_attempt_at, last_error,"
                " platform_revision, failure_reason, queued_at, updated_at, sent_at, user,"
                " attempted_by FROM operations"),
            QStringLiteral("DROP TABLE operations"),
            QStringLiteral("ALTER TABLE operations_v7 RENAME TO operations"),
            QStringLiteral("CREATE INDEX operations_notice ON operations (notice_id, seq)"),
            QStringLiteral("CREATE INDEX operations_state ON operations (state, seq)"),
            QStringLiteral("CREATE TABLE reviews ("
                           " seq INTEGER PRIMARY KEY,"
                           " notice_id TEXT NOT NULL REFERENCES notices (id),"
                           " revision INTEGER,"
                           " decision TEXT CHECK (decision IN ('approve', 'request_changes',"
                           "  'reject')),"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " reviewer TEXT NOT NULL DEFAULT '',"
                           " decided_at TEXT NOT NULL,"
                           " operation_id TEXT REFERENCES operations (id))"),
            QStringLiteral("INSERT INTO reviews SELECT * FROM reviews_kept"),
            QStringLiteral("DROP TABLE reviews_kept"),
            QStringLiteral("CREATE INDEX reviews_notice ON reviews (notice_id, seq)"),
        },
    };
    return all;
}

} // namespace

int Migrations::latest()
{
    return int(steps().size());
}

bool Migrations::apply(Database &db)
{
    const int current = db.schemaVersion();
    if (current < 0)
        return false;
    if (current > latest()) {
        db.fail(Database::Failure::TooNew,
                QCoreApplication::translate("Migrations",
                                            "The database %1 was written by a newer version of "
                                            "Allo Industrie (schema %2; this version knows up to "
                                            "%3). Nothing was changed. Install the newer version "
                                            "to open it.")
                    .arg(db.path())
                    .arg(current)
                    .arg(latest()));
        return false;
    }
    if (current == latest())
        return true;
    // One transaction for every missing step: a new profile is written (and synced) once, and
    // a failed step leaves the schema as it was, to be tried again whole at the next start.
    return db.write(Database::Durability::Full, [&] {
        for (int version = current + 1; version <= latest(); ++version) {
            for (const QString &sql : steps().at(version - 1)) {
                if (!db.exec(sql))
                    return false;
            }
        }
        return db.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(latest()));
    });
}
