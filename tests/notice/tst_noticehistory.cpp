#include "NoticeHistory.h"

#include <QTest>

class TestNoticeHistory : public QObject
{
    Q_OBJECT

    static Notice withText(const QString &text)
    {
        Notice notice;
        notice.setText(QStringLiteral("fr"), text);
        return notice;
    }
    const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

private slots:
    void nothingToUndo_atTheStart()
    {
        NoticeHistory history;
        history.reset(withText(QStringLiteral("a")));
        QVERIFY(!history.canUndo());
        QVERIFY(!history.canRedo());
        QCOMPARE(history.undo().text(QStringLiteral("fr")), QStringLiteral("a"));
    }

    void aBurstOfTyping_isOneStep()
    {
        NoticeHistory history;
        history.reset(withText(QString()));
        history.record(withText(QStringLiteral("T")), QStringLiteral("text.fr"), t0);
        history.record(withText(QStringLiteral("To")), QStringLiteral("text.fr"), t0.addMSecs(200));
        history.record(withText(QStringLiteral("Tor")), QStringLiteral("text.fr"),
                       t0.addMSecs(400));
        QVERIFY(history.canUndo());
        QCOMPARE(history.undo().text(QStringLiteral("fr")), QString());
        QVERIFY(!history.canUndo());
        QCOMPARE(history.redo().text(QStringLiteral("fr")), QStringLiteral("Tor"));
    }

    void aPauseOrAnotherField_startsAStep()
    {
        NoticeHistory history;
        history.reset(withText(QString()));
        history.record(withText(QStringLiteral("Torch")), QStringLiteral("text.fr"), t0);
        history.record(withText(QStringLiteral("Torchère")), QStringLiteral("text.fr"),
                       t0.addMSecs(NoticeHistory::kMergeMs + 1));
        Notice typed = withText(QStringLiteral("Torchère"));
        typed.setType(QStringLiteral("noise"));
        history.record(typed, QStringLiteral("type"), t0.addMSecs(NoticeHistory::kMergeMs + 2));

        QCOMPARE(history.undo().type(), QString());
        QCOMPARE(history.undo().text(QStringLiteral("fr")), QStringLiteral("Torch"));
        QCOMPARE(history.undo().text(QStringLiteral("fr")), QString());
        QCOMPARE(history.redo().text(QStringLiteral("fr")), QStringLiteral("Torch"));
    }

    void aNewChangeAfterUndo_dropsTheRedo()
    {
        NoticeHistory history;
        history.reset(withText(QString()));
        history.record(withText(QStringLiteral("a")), QStringLiteral("text.fr"), t0);
        history.undo();
        QVERIFY(history.canRedo());
        history.record(withText(QStringLiteral("b")), QStringLiteral("text.fr"), t0.addSecs(5));
        QVERIFY(!history.canRedo());
        QCOMPARE(history.undo().text(QStringLiteral("fr")), QString());
    }

    void anUnchangedNotice_isNotAStep()
    {
        NoticeHistory history;
        history.reset(withText(QStringLiteral("a")));
        history.record(withText(QStringLiteral("a")), QStringLiteral("text.fr"), t0);
        QVERIFY(!history.canUndo());
    }

    void theOldestStepsGo_pastTheLimit()
    {
        NoticeHistory history;
        history.reset(withText(QStringLiteral("0")));
        for (int i = 1; i <= NoticeHistory::kMaxSteps + 10; ++i)
            history.record(withText(QString::number(i)), QStringLiteral("f%1").arg(i % 2), t0);
        int undos = 0;
        while (history.canUndo()) {
            history.undo();
            ++undos;
        }
        QCOMPARE(undos, NoticeHistory::kMaxSteps - 1);
    }
};

QTEST_APPLESS_MAIN(TestNoticeHistory)
#include "tst_noticehistory.moc"
