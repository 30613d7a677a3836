#include "Clock.h"
#include "LiveReminder.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QTemporaryDir>
#include <QTest>

// Only published notices without an end, live for a whole interval, are recalled.
class TestLiveReminder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Clock m_clock;
    std::unique_ptr<Store> m_store;

    QString publish(Notice notice, bool untilFurtherNotice)
    {
        if (untilFurtherNotice)
            notice.setEnd(std::nullopt);
        const auto op = m_store->outbox().enqueue(notice, QStringLiteral("officer"));
        if (!op || !m_store->outbox().markSending(op->id) ||
            !m_store->outbox().markSent(op->id, 1, QStringLiteral("\"r1\"")))
            qFatal("cannot publish %s", qPrintable(notice.id()));
        return notice.id();
    }

private slots:
    void remindsOnlyOpenEndedLiveNotices()
    {
        m_store = std::make_unique<Store>(Profile(m_dir.path()), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
        const Notice base = TestData::sample(QStringLiteral("steam-startup"));
        m_clock.setFixed(base.start().addSecs(5 * 3600));

        const QString openEnded = publish(base, true);
        Notice withEnd = TestData::sample(QStringLiteral("siren-test"));
        withEnd.setStart(base.start());
        publish(withEnd, false);
        Notice draft = TestData::sample(QStringLiteral("poi-drill"));
        draft.setStart(base.start());
        draft.setEnd(std::nullopt);
        QVERIFY(m_store->drafts().save(draft, QStringLiteral("officer")) > 0);

        LiveReminder reminder(m_store->drafts(), m_clock);
        QVERIFY(reminder.dueNotices().isEmpty()); // off until an interval is set
        reminder.setIntervalHours(4);
        QCOMPARE(reminder.dueNotices(), QStringList{openEnded});
        reminder.setIntervalHours(6); // live for 5 h only
        QVERIFY(reminder.dueNotices().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveReminder)
#include "tst_livereminder.moc"
