// The store's speed, against the raw sqlite3 C API doing the same inserts in the same run:
//  1. queue 10,000 notices, one durable transaction each (median, p99, rate);
//  2. the same statements through sqlite3_* directly, and the ratio (target: ≥ 0.5);
//  3. open a profile holding 100,000 notices and read the first page of the list (< 100 ms);
//  4. full-text search over those 100,000 (< 30 ms);
//  5. what the outbox tab reads on each refresh with 10,000 sent operations and 5 unsent:
//     every operation (Outbox::list(), then skipping the sent ones) against Outbox::unsent().
// Run with ./dev.sh bench (or build/bench/bench_store [COUNT] [LARGE] [SENT]).

#include "Clock.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace {

struct Figures
{
    double medianMs = 0;
    double p99Ms = 0;
    double perSecond = 0;
};

Figures figures(QList<qint64> nanos, qint64 totalNanos)
{
    std::sort(nanos.begin(), nanos.end());
    const auto at = [&](double q) {
        return double(nanos.at(qsizetype(q * (nanos.size() - 1)))) / 1e6;
    };
    return {at(0.5), at(0.99), totalNanos > 0 ? nanos.size() / (double(totalNanos) / 1e9) : 0};
}

void print(const char *what, const Figures &f)
{
    std::printf("  %-50s median %7.3f ms   p99 %7.3f ms", what, f.medianMs, f.p99Ms);
    if (f.perSecond > 0)
        std::printf("   %6.0f /s", f.perSecond);
    std::printf("\n");
    std::fflush(stdout);
}

QList<Notice> makeNotices(int count, int firstIndex)
{
    static const QStringList words = {QStringLiteral("vanne"),     QStringLiteral("torchère"),
                                      QStringLiteral("bruit"),     QStringLiteral("odeur"),
                                      QStringLiteral("fumée"),     QStringLiteral("exercice"),
                                      QStringLiteral("sirène"),    QStringLiteral("chantier"),
                                      QStringLiteral("livraison"), QStringLiteral("contrôle")};
    QList<Notice> samples;
    for (const QString &path : TestData::samplePaths())
        samples.append(TestData::sample(QFileInfo(path).completeBaseName()));
    QList<Notice> notices;
    notices.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int n = firstIndex + i;
        Notice notice = samples.at(n % samples.size());
        notice.setId(QStringLiteral("5a3e0000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
        // A reference word shared by one notice in a thousand makes a selective search.
        notice.setText(QStringLiteral("fr"),
                       notice.text(QStringLiteral("fr")) + QStringLiteral(" Référence lot%1, %2.")
                                                               .arg(n % 1000)
                                                               .arg(words.at(n % words.size())));
        notices.append(notice);
    }
    return notices;
}

// Appends each queue's time to nanos; returns the whole time.
qint64 queueThroughStore(const QString &dir, const QList<Notice> &notices, QList<qint64> &nanos)
{
    const Clock clock;
    Store store{Profile(dir), clock};
    if (!store.open())
        qFatal("%s", qPrintable(store.errorString()));
    QElapsedTimer total;
    total.start();
    for (const Notice &notice : notices) {
        QElapsedTimer t;
        t.start();
        if (!store.outbox().enqueue(notice, QStringLiteral("bench")))
            qFatal("%s", qPrintable(store.database().errorString()));
        nanos.append(t.nsecsElapsed());
    }
    return total.nsecsElapsed();
}

// The statements Outbox::enqueue runs, through the C API with statements prepared once.
qint64 queueThroughRawSqlite(const QString &dir, const QList<Notice> &notices, QList<qint64> &nanos)
{
    {
        const Clock clock;
        Store schema{Profile(dir), clock}; // the same schema, triggers and indexes
        if (!schema.open())
            qFatal("%s", qPrintable(schema.errorString()));
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(Profile(dir).databasePath()).constData(), &db) != SQLITE_OK)
        qFatal("cannot open");
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL",
                 nullptr, nullptr, nullptr);
    const auto prepare = [&](const char *sql) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK)
            qFatal("%s", sqlite3_errmsg(db));
        return s;
    };
    sqlite3_stmt *begin = prepare("BEGIN IMMEDIATE");
    sqlite3_stmt *commit = prepare("COMMIT");
    sqlite3_stmt *latest = prepare(
        "SELECT v.version, v.json FROM notices n JOIN draft_versions v ON v.notice_id = n.id AND "
        "v.version = n.draft_version WHERE n.id = ?");
    sqlite3_stmt *upsert = prepare(
        "INSERT INTO notices (id, territory, type, status, company, site, commune, text, "
        "start_at, end_at, draft_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET territory = excluded.territory");
    sqlite3_stmt *version = prepare("INSERT INTO draft_versions (notice_id, version, json, "
                                    "saved_at, user) VALUES (?, ?, ?, ?, ?)");
    sqlite3_stmt *head = prepare("SELECT seq, hash FROM journal_head");
    sqlite3_stmt *journal = prepare(
        "INSERT INTO journal (seq, at, user, action, notice_id, operation_id, detail, prev_hash, "
        "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *headInsert = prepare("INSERT INTO journal_head VALUES (?, ?)");
    sqlite3_stmt *headUpdate = prepare("UPDATE journal_head SET seq = ?, hash = ?");
    sqlite3_stmt *created =
        prepare("SELECT count(*) FROM operations WHERE notice_id = ? AND kind = 'create'");
    sqlite3_stmt *operation = prepare(
        "INSERT INTO operations (id, notice_id, kind, idempotency_key, payload, draft_version, "
        "base_revision, base_etag, state, queued_at, updated_at, user) SELECT ?, ?, 'create', ?, "
        "?, 1, platform_revision, etag, 'queued', ?, ?, 'bench' FROM notices WHERE id = ?");
    sqlite3_stmt *mark =
        prepare("UPDATE notices SET state = 'queued', updated_at = ? WHERE id = ?");
    const auto run = [&](sqlite3_stmt *s) {
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE)
            qFatal("%s", sqlite3_errmsg(db));
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    };
    const auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) {
        sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    };
    qint64 seq = 0;
    sqlite3_stmt *last = prepare("SELECT seq FROM journal_head");
    if (sqlite3_step(last) == SQLITE_ROW)
        seq = sqlite3_column_int64(last, 0);
    sqlite3_finalize(last);
    const QByteArray hash(64, 'a');
    const auto appendJournal = [&](const QByteArray &action, const QByteArray &id) {
        run(head);
        ++seq;
        sqlite3_bind_int64(journal, 1, seq);
        text(journal, 2, "2026-03-20T11:00:00.000Z");
        text(journal, 3, "bench");
        text(journal, 4, action);
        text(journal, 5, id);
        text(journal, 6, "");
        text(journal, 7, "");
        text(journal, 8, hash);
        text(journal, 9, hash);
        run(journal);
        sqlite3_stmt *h = seq == 1 ? headInsert : headUpdate;
        sqlite3_bind_int64(h, 1, seq);
        text(h, 2, hash);
        run(h);
    };

    QElapsedTimer total;
    total.start();
    for (const Notice &notice : notices) {
        QElapsedTimer t;
        t.start();
        // The same work the store does outside SQLite: JSON, UUIDs, times.
        const QByteArray id = notice.id().toUtf8();
        const QByteArray json = QJsonDocument(notice.toJson()).toJson(QJsonDocument::Compact);
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        const QByteArray opId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        run(begin);
        text(latest, 1, id);
        run(latest);
        text(upsert, 1, id);
        text(upsert, 2, notice.territory().toUtf8());
        text(upsert, 3, notice.type().toUtf8());
        text(upsert, 4, notice.status().toUtf8());
        text(upsert, 5, notice.company().toUtf8());
        text(upsert, 6, notice.site().name.toUtf8());
        text(upsert, 7, notice.site().commune.toUtf8());
        text(upsert, 8, notice.text(QStringLiteral("fr")).toUtf8());
        text(upsert, 9, now);
        sqlite3_bind_null(upsert, 10);
        sqlite3_bind_int(upsert, 11, 1);
        text(upsert, 12, now);
        text(upsert, 13, now);
        run(upsert);
        text(version, 1, id);
        sqlite3_bind_int(version, 2, 1);
        text(version, 3, json);
        text(version, 4, now);
        text(version, 5, "bench");
        run(version);
        appendJournal("created", id);
        text(created, 1, id);
        run(created);
        text(operation, 1, opId);
        text(operation, 2, id);
        text(operation, 3, key);
        text(operation, 4, json);
        text(operation, 5, now);
        text(operation, 6, now);
        text(operation, 7, id);
        run(operation);
        text(mark, 1, now);
        text(mark, 2, id);
        run(mark);
        appendJournal("queued", id);
        run(commit);
        nanos.append(t.nsecsElapsed());
    }
    const qint64 elapsed = total.nsecsElapsed();
    for (sqlite3_stmt *s : {begin, commit, latest, upsert, version, head, journal, headInsert,
                            headUpdate, created, operation, mark})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return elapsed;
}

void buildLargeProfile(const QString &dir, int count)
{
    const Clock clock;
    Store store{Profile(dir), clock};
    if (!store.open())
        qFatal("%s", qPrintable(store.errorString()));
    constexpr int kBatch = 5000;
    for (int first = 0; first < count; first += kBatch) {
        const QList<Notice> notices = makeNotices(std::min(kBatch, count - first), first);
        // One transaction per batch: this only prepares the data, it is not measured.
        const bool ok = store.database().write(Database::Durability::Normal, [&] {
            for (const Notice &n : notices) {
                if (!store.outbox().enqueue(n, QStringLiteral("bench")))
                    return false;
            }
            return true;
        });
        if (!ok)
            qFatal("%s", qPrintable(store.database().errorString()));
    }
}

// sent notices queued and sent, then unsent more queued behind them, one of them in each
// kind of trouble the outbox tab shows.
void buildSentHistory(const QString &dir, int sent, int unsent)
{
    const Clock clock;
    Store store{Profile(dir), clock};
    if (!store.open())
        qFatal("%s", qPrintable(store.errorString()));
    constexpr int kBatch = 2000;
    for (int first = 0; first < sent; first += kBatch) {
        const QList<Notice> notices = makeNotices(std::min(kBatch, sent - first), first);
        const bool ok = store.database().write(Database::Durability::Normal, [&] {
            for (const Notice &n : notices) {
                const auto op = store.outbox().enqueue(n, QStringLiteral("bench"));
                if (!op || !store.outbox().markSending(op->id) ||
                    !store.outbox().markSent(op->id, 1, QStringLiteral("\"1\"")))
                    return false;
            }
            return true;
        });
        if (!ok)
            qFatal("%s", qPrintable(store.database().errorString()));
    }
    const QList<Notice> waiting = makeNotices(unsent, sent);
    for (int i = 0; i < waiting.size(); ++i) {
        const auto op = store.outbox().enqueue(waiting.at(i), QStringLiteral("bench"));
        if (!op)
            qFatal("%s", qPrintable(store.database().errorString()));
        if (i % 2 == 1 && !(store.outbox().markSending(op->id) &&
                            store.outbox().markFailed(op->id, QStringLiteral("bench"))))
            qFatal("%s", qPrintable(store.database().errorString()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    const int large = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir(QStringLiteral(ALLO_BINARY_DIR "/bench-store-XXXXXX"));
    if (!dir.isValid())
        qFatal("no temporary folder");
    std::printf("bench_store: SQLite %s, synchronous=FULL on every queue commit\n",
                sqlite3_libversion());

    std::printf("\nQueue %d notices, one transaction each\n", count);
    const QList<Notice> notices = makeNotices(count, 0);
    // In chunks, alternating which goes first, so that both meet the same disk: the first
    // writer of a run pays for a cold disk, and other programs' I/O comes and goes.
    constexpr qsizetype kChunk = 500;
    QList<qint64> storeNanos;
    QList<qint64> rawNanos;
    qint64 storeTotal = 0;
    qint64 rawTotal = 0;
    for (qsizetype first = 0; first < notices.size(); first += kChunk) {
        const QList<Notice> chunk = notices.mid(first, kChunk);
        const auto storeRun = [&] {
            storeTotal += queueThroughStore(dir.filePath(QStringLiteral("qt")), chunk, storeNanos);
        };
        const auto rawRun = [&] {
            rawTotal += queueThroughRawSqlite(dir.filePath(QStringLiteral("raw")), chunk, rawNanos);
        };
        if ((first / kChunk) % 2 == 0) {
            storeRun();
            rawRun();
        } else {
            rawRun();
            storeRun();
        }
    }
    const Figures store = figures(storeNanos, storeTotal);
    const Figures raw = figures(rawNanos, rawTotal);
    print("allo_store (Outbox::enqueue)", store);
    print("raw sqlite3 C API, same statements", raw);
    std::printf("  ratio store/raw: %.2f of the raw rate (target >= 0.50)\n",
                store.perSecond / raw.perSecond);

    std::printf("\nA profile of %d notices (built in batches, not measured)\n", large);
    const QString largeDir = dir.filePath(QStringLiteral("large"));
    QElapsedTimer build;
    build.start();
    buildLargeProfile(largeDir, large);
    std::printf("  built in %.1f s, file %.0f MB\n", build.elapsed() / 1000.0,
                QFileInfo(Profile(largeDir).databasePath()).size() / 1e6);

    const Clock clock;
    QList<qint64> openNanos;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        Store s{Profile(largeDir), clock};
        if (!s.open(Store::Check::Background))
            qFatal("%s", qPrintable(s.errorString()));
        const auto page = s.drafts().list({});
        openNanos.append(t.nsecsElapsed());
        if (page.size() != 50)
            qFatal("first page has %d rows", int(page.size()));
    }
    print("open + first page of 50 (target < 100 ms)", figures(openNanos, 0));

    // After an unclean stop the quick_check runs in the background: the opening does not wait.
    QList<qint64> uncleanNanos;
    for (int i = 0; i < 3; ++i) {
        QFile marker(Profile(largeDir).sessionMarkerPath());
        marker.open(QIODevice::WriteOnly);
        marker.close();
        QElapsedTimer t;
        t.start();
        Store s{Profile(largeDir), clock};
        if (!s.open(Store::Check::Background))
            qFatal("%s", qPrintable(s.errorString()));
        s.drafts().list({});
        uncleanNanos.append(t.nsecsElapsed());
        QElapsedTimer check;
        check.start();
        s.integrityCheck().wait();
        if (i == 0)
            std::printf("  (background quick_check finished %.0f ms after the page was shown)\n",
                        check.nsecsElapsed() / 1e6);
    }
    print("open + page after an unclean stop (check in bg)", figures(uncleanNanos, 0));

    Store s{Profile(largeDir), clock};
    if (!s.open())
        qFatal("%s", qPrintable(s.errorString()));
    const auto search = [&](const QString &words, const char *label) {
        DraftStore::Filter filter;
        filter.search = words;
        QList<qint64> nanos;
        qsizetype found = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer t;
            t.start();
            found = s.drafts().list(filter).size();
            nanos.append(t.nsecsElapsed());
        }
        print(qPrintable(QStringLiteral("%1 (%2 on page 1)").arg(QLatin1String(label)).arg(found)),
              figures(nanos, 0));
    };
    std::printf("\nFull-text search over %d notices, first page of 50 (target < 30 ms)\n", large);
    search(QStringLiteral("lot417"), "\"lot417\": 1 notice in 1,000");
    search(QStringLiteral("controle"), "\"controle\": 1 in 10, no accent");
    search(QStringLiteral("fumee lot3"), "\"fumee lot3\": two words");

    const int sent = argc > 3 ? QByteArray(argv[3]).toInt() : 10000;
    constexpr int kUnsent = 5;
    std::printf("\nThe outbox tab's read on each refresh: %d sent operations, %d unsent\n", sent,
                kUnsent);
    const QString historyDir = dir.filePath(QStringLiteral("history"));
    buildSentHistory(historyDir, sent, kUnsent);
    Store h{Profile(historyDir), clock};
    if (!h.open())
        qFatal("%s", qPrintable(h.errorString()));
    QList<qint64> listNanos;
    QList<qint64> unsentNanos;
    // Alternating, so that both meet the same cache and the same neighbours' load.
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        int fromList = 0;
        for (const Outbox::Operation &op : h.outbox().list())
            fromList += op.state != Outbox::State::Sent ? 1 : 0;
        listNanos.append(t.nsecsElapsed());
        t.restart();
        const int fromUnsent = int(h.outbox().unsent().size());
        unsentNanos.append(t.nsecsElapsed());
        if (fromList != kUnsent || fromUnsent != kUnsent)
            qFatal("list() found %d unsent, unsent() %d, not %d", fromList, fromUnsent, kUnsent);
    }
    const Figures before = figures(listNanos, 0);
    const Figures after = figures(unsentNanos, 0);
    print("list(), then skip the sent ones (before)", before);
    print("unsent(), through the state index (now)", after);
    std::printf("  unsent() is %.0f times faster (median)\n", before.medianMs / after.medianMs);
    return 0;
}
