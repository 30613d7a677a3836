#include "Clock.h"
#include "NoticeState.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The one table between a notice's local state and the word in notices.state, on a real
// profile file: the words are the ones the schema has always stored.
class TestNoticeState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clock m_clock{QDateTime(QDate(2026, 3, 20), QTime(11, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;

    QString storedWord(const QString &id)
    {
        QSqlQuery q(m_store->database().connection());
        q.prepare(QStringLiteral("SELECT state FROM notices WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

    QString saved()
    {
        const Notice notice = TestData::sample(QStringLiteral("incident-smoke"));
        if (m_store->drafts().save(notice, QStringLiteral("officer")) == 0)
            qFatal("save failed: %s", qPrintable(m_store->drafts().lastError()));
        return notice.id();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup()
    {
        m_store.reset();
        QDir(m_dir.path()).removeRecursively();
    }

    void everyStateRoundTripsThroughItsOwnWord()
    {
        const QList<NoticeState> all = NoticeStates::all();
        QCOMPARE(all.size(), int(NoticeState::Failed) + 1);
        QSet<QString> words;
        for (const NoticeState state : all) {
            const QString word = NoticeStates::name(state);
            QVERIFY2(!word.isEmpty(), qPrintable(QString::number(int(state))));
            QVERIFY2(NoticeStates::fromName(word) == state, qPrintable(word));
            words.insert(word);
        }
        QCOMPARE(words.size(), all.size());
    }

    void theWordsAreTheOnesProfilesStore()
    {
        // Written by every version so far; changing one would misread existing profiles.
        const QStringList stored{QStringLiteral("draft"),     QStringLiteral("queued"),
                                 QStringLiteral("published"), QStringLiteral("ended"),
                                 QStringLiteral("cancelled"), QStringLiteral("conflict"),
                                 QStringLiteral("failed")};
        QStringList names;
        for (const NoticeState state : NoticeStates::all())
            names.append(NoticeStates::name(state));
        QCOMPARE(names, stored);
        // And the schema's CHECK takes each, so setState() writes them all.
        const QString id = saved();
        for (const NoticeState state : NoticeStates::all()) {
            QVERIFY2(m_store->drafts().setState(id, state),
                     qPrintable(m_store->drafts().lastError()));
            QCOMPARE(storedWord(id), NoticeStates::name(state));
            QVERIFY(m_store->drafts().summary(id)->state == state);
        }
    }

    void anUnknownWordIsNoState()
    {
        for (const QString &word : {QStringLiteral("archived"), QStringLiteral(""),
                                    QStringLiteral("Draft"), QStringLiteral("sent")})
            QVERIFY2(!NoticeStates::fromName(word), qPrintable(word));
    }

    void anUnknownStoredWordReadsAsFailedAndStaysInTheFile()
    {
        // Only a file changed outside the program holds one: the schema's CHECK refuses it.
        const QString id = saved();
        QSqlQuery q(m_store->database().connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE notices SET state = 'archived'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(q.exec(QStringLiteral("UPDATE notices SET state = 'archived'")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
        QTest::ignoreMessage(QtWarningMsg,
                             qPrintable(QStringLiteral("Notice %1 has the unknown state "
                                                       "\"archived\": shown as failed")
                                            .arg(id)));
        const auto summary = m_store->drafts().summary(id);
        QVERIFY(summary);
        // Failed: nothing more happens to it without the user, and the console shows it in
        // the outbox, where unsent work is looked for. Dropping the row would hide the notice.
        QVERIFY(summary->state == NoticeState::Failed);
        QCOMPARE(storedWord(id), QStringLiteral("archived"));
    }

    void theOutboxMovesTheStateInsideItsOwnTransaction()
    {
        const auto op = m_store->outbox().enqueue(
            TestData::sample(QStringLiteral("incident-smoke")), QStringLiteral("officer"));
        QVERIFY(op);
        QCOMPARE(storedWord(op->noticeId), QStringLiteral("queued"));
        QVERIFY(m_store->outbox().markSending(op->id));
        // The journal entry is the transition's last statement: refusing it must take the
        // notice's state back with the operation's.
        QSqlQuery q(m_store->database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.journal "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!m_store->outbox().markConflict(op->id, QStringLiteral("changed")));
        QCOMPARE(storedWord(op->noticeId), QStringLiteral("queued"));
        QCOMPARE(m_store->outbox().find(op->id)->state, Outbox::State::Sending);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(m_store->outbox().markConflict(op->id, QStringLiteral("changed")));
        QCOMPARE(storedWord(op->noticeId), QStringLiteral("conflict"));
    }
};

QTEST_GUILESS_MAIN(TestNoticeState)
#include "tst_noticestate.moc"
