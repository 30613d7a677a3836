#include "Clock.h"
#include "Localization.h"
#include "NoticeListModel.h"
#include "Profile.h"
#include "Store.h"
#include "TestData.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// With the short X post an officer writes for it, so the rule book lets it through.
Notice publishableFlaring()
{
    Notice flaring = TestData::sample(QStringLiteral("flaring-maintenance"));
    flaring.setOverride(QStringLiteral("x"),
                        QStringLiteral("Torchage visible à Gonfreville les 27 et 28 mars."));
    return flaring;
}

} // namespace

// The left panel's model on a real profile: every outbox state becomes its icon and its word,
// rows move between drafts, outbox and history as the store changes, and a refresh never resets
// the model, so what the user selected stays selected.
class TestNoticeListModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A new profile for each test.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Localization::apply(QStringLiteral("en"));
        m_clock.setFixed(
            QDateTime::fromString(QStringLiteral("2026-03-26T10:00:00+01:00"), Qt::ISODate));
        m_store =
            std::make_unique<Store>(Profile(m_dir->filePath(QStringLiteral("profile"))), m_clock);
        QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    }

    void cleanup() { m_store.reset(); }

    void heldForAnotherAccount_saysWhomToSignInAs()
    {
        const Notice flaring = publishableFlaring();
        const auto a = m_store->outbox().enqueue(flaring, m_user);
        QVERIFY(a);
        QVERIFY(m_store->outbox().markSending(a->id, QStringLiteral("issuer.chimie")));
        QVERIFY(m_store->outbox().markRetry(a->id, m_clock.now(), QStringLiteral("no answer")));
        QVERIFY(
            m_store->outbox().holdForAccount(a->id, QStringLiteral("Sign in as issuer.chimie.")));
        NoticeListModel model(*m_store);
        QCOMPARE(word(model, flaring.id()),
                 QStringLiteral("Waiting for sign-in: Sign in as issuer.chimie."));
    }

    void queuedBeforeTheRules_saysThePlatformWillRefuseIt_beforeSending()
    {
        // Queued by an older version: the composed X post weighs 299 of 280 (typeset French).
        const Notice flaring = TestData::sample(QStringLiteral("flaring-maintenance"));
        const auto a = m_store->outbox().enqueue(flaring, m_user);
        QVERIFY(a);
        NoticeListModel model(*m_store);
        const QModelIndex index = model.indexOf(flaring.id());
        QCOMPARE(word(model, flaring.id()),
                 QStringLiteral("Queued — the platform will refuse it: The X post weighs 299 "
                                "characters; X takes 280 at most. Shorten the text, or write a "
                                "shorter X post for this channel (the composer and allo-cli "
                                "shorten offer one)."));
        QVERIFY2(model.data(index, Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("Remove it from the outbox, correct the notice")),
                 qPrintable(model.data(index, Qt::ToolTipRole).toString()));
        // A failed one already says why: nothing is added to the platform's own answer.
        QVERIFY(m_store->outbox().markSending(a->id));
        QVERIFY(m_store->outbox().markFailed(a->id, QStringLiteral("Too long for X.")));
        model.refresh();
        QCOMPARE(word(model, flaring.id()), QStringLiteral("Failed: Too long for X."));
    }

    void everyState_hasItsWordIcon_andSection_withoutReset()
    {
        const Notice flaring = publishableFlaring();
        const Notice odour = TestData::sample(QStringLiteral("odour-mercaptan"));
        const Notice smoke = TestData::sample(QStringLiteral("incident-smoke"));
        QVERIFY(m_store->drafts().save(flaring, m_user) > 0);
        QVERIFY(m_store->drafts().save(odour, m_user) > 0);
        QVERIFY(m_store->drafts().save(smoke, m_user) > 0);

        NoticeListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.count(NoticeListModel::Section::Drafts), 3);
        QCOMPARE(word(model, flaring.id()), QStringLiteral("Draft"));
        QCOMPARE(
            model.data(model.indexOf(flaring.id()), Qt::DisplayRole).toString(),
            QStringLiteral("Flaring — Raffinerie de Gonfreville, Gonfreville-l'Orcher\nDraft"));

        // The user selects the flaring notice; it must stay selected through every refresh.
        QItemSelectionModel selection(&model);
        selection.select(model.indexOf(flaring.id()), QItemSelectionModel::ClearAndSelect);

        const auto a = m_store->outbox().enqueue(flaring, m_user);
        QVERIFY(a);
        model.refresh();
        QCOMPARE(section(model, flaring.id()), NoticeListModel::Section::Outbox);
        QCOMPARE(word(model, flaring.id()), QStringLiteral("Queued"));
        QCOMPARE(
            model.data(model.indexOf(flaring.id()), NoticeListModel::OperationIdRole).toString(),
            a->id);

        QVERIFY(m_store->outbox().markSending(a->id));
        model.refresh();
        QCOMPARE(word(model, flaring.id()), QStringLiteral("Sending"));

        // Le Havre is on Paris time: 09:05 UTC is 10:05 there.
        const QDateTime next =
            QDateTime::fromString(QStringLiteral("2026-03-26T09:05:00Z"), Qt::ISODate);
        QVERIFY(m_store->outbox().markRetry(a->id, next, QStringLiteral("no answer in 30 s")));
        model.refresh();
        QCOMPARE(word(model, flaring.id()),
                 QStringLiteral("Retrying at 10:05 (no answer in 30 s)"));

        QVERIFY(m_store->outbox().markSending(a->id));
        QVERIFY(m_store->outbox().markNeedsSignIn(a->id, QStringLiteral("401")));
        model.refresh();
        QCOMPARE(word(model, flaring.id()), QStringLiteral("Waiting for sign-in"));
        QCOMPARE(model.data(model.indexOf(flaring.id()), NoticeListModel::StateRole).toString(),
                 QStringLiteral("needs_sign_in"));

        QCOMPARE(m_store->outbox().retry(a->id, m_user), Outbox::Refusal::None);
        QVERIFY(m_store->outbox().markSending(a->id));
        QVERIFY(
            m_store->outbox().markConflict(a->id, QStringLiteral("revision 3 on the platform")));
        model.refresh();
        QCOMPARE(word(model, flaring.id()), QStringLiteral("In conflict: changed on the platform"));

        const auto b = m_store->outbox().enqueue(odour, m_user);
        QVERIFY(b);
        QVERIFY(m_store->outbox().markSending(b->id));
        QVERIFY(m_store->outbox().markFailed(b->id, QStringLiteral("The site tge is unknown.")));
        const auto c = m_store->outbox().enqueue(smoke, m_user);
        QVERIFY(c);
        QVERIFY(m_store->outbox().markSending(c->id));
        QVERIFY(m_store->outbox().markSent(c->id, 1, QStringLiteral("\"1\"")));
        model.refresh();
        QCOMPARE(word(model, odour.id()), QStringLiteral("Failed: The site tge is unknown."));
        QCOMPARE(section(model, smoke.id()), NoticeListModel::Section::History);
        QCOMPARE(word(model, smoke.id()), QStringLiteral("Sent to the platform"));

        // An end queued behind the sent notice: back in the outbox, then "Ended" in the history.
        const auto end = m_store->outbox().enqueue(
            Outbox::Kind::End, smoke.id(),
            {{QStringLiteral("end"), QStringLiteral("2026-03-26T11:00:00+01:00")}}, m_user);
        QVERIFY(end);
        model.refresh();
        QCOMPARE(section(model, smoke.id()), NoticeListModel::Section::Outbox);
        QVERIFY(m_store->outbox().markSending(end->id));
        QVERIFY(m_store->outbox().markSent(end->id, 2, QStringLiteral("\"2\"")));
        model.refresh();
        QCOMPARE(word(model, smoke.id()), QStringLiteral("Ended"));
        QCOMPARE(model.count(NoticeListModel::Section::History), 1);
        QCOMPARE(model.count(NoticeListModel::Section::Outbox), 2);
        QCOMPARE(model.count(NoticeListModel::Section::Drafts), 0);

        // Every state's SVG icon is in the resources and draws.
        for (const QString &id : {flaring.id(), odour.id(), smoke.id()}) {
            const auto icon = model.data(model.indexOf(id), Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.pixmap(24).isNull(), qPrintable(id));
        }
        QCOMPARE(resets.count(), 0);
        QCOMPARE(selection.selectedIndexes().size(), 1);
        QCOMPARE(selection.selectedIndexes().first().data(NoticeListModel::NoticeIdRole).toString(),
                 flaring.id());
    }

    // Sent is not public: each platform state has its own words, icon and, for a decision to act
    // on, the coordinator's comment in the row itself.
    void sentNotice_showsWhereItStandsOnThePlatform()
    {
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(m_store->drafts().save(notice, m_user) > 0);
        const auto op = m_store->outbox().enqueue(notice, m_user);
        QVERIFY(op && m_store->outbox().markSending(op->id));
        QVERIFY(m_store->outbox().markSent(op->id, 1, QStringLiteral("\"1\"")));
        NoticeListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(word(model, notice.id()), QStringLiteral("Sent to the platform"));
        const QIcon sentIcon =
            model.data(model.indexOf(notice.id()), Qt::DecorationRole).value<QIcon>();

        PlatformStanding standing;
        standing.state = QStringLiteral("pending_review");
        standing.revision = 1;
        const auto show = [&](const PlatformStanding &s) {
            if (!m_store->drafts().recordStanding(notice.id(), s))
                return QStringLiteral("not recorded");
            model.refresh();
            return word(model, notice.id());
        };
        QCOMPARE(show(standing), QStringLiteral("Awaiting CCI review: not public yet"));
        const QIcon awaiting =
            model.data(model.indexOf(notice.id()), Qt::DecorationRole).value<QIcon>();
        QVERIFY(!awaiting.pixmap(24).isNull());
        QVERIFY(awaiting.pixmap(24).toImage() != sentIcon.pixmap(24).toImage());

        standing.state = QStringLiteral("changes_requested");
        standing.decision = QStringLiteral("request_changes");
        standing.decisionRevision = 1;
        standing.decidedBy = QStringLiteral("coord.anne");
        standing.comment = QStringLiteral("Précisez les horaires.");
        QCOMPARE(show(standing),
                 QStringLiteral("Changes requested by coord.anne: Précisez les horaires."));
        QVERIFY(model.data(model.indexOf(notice.id()), NoticeListModel::DecisionRole)
                    .toString()
                    .contains(QStringLiteral("Nothing of it is public.")));
        QCOMPARE(model.data(model.indexOf(notice.id()), NoticeListModel::PlatformStateRole),
                 QStringLiteral("changes_requested"));

        // Revision 2 sent: the old decision is not repeated as if it were on the new one.
        standing.state = QStringLiteral("pending_review");
        standing.revision = 2;
        QCOMPARE(show(standing), QStringLiteral("Awaiting CCI review: not public yet"));
        QVERIFY(model.data(model.indexOf(notice.id()), NoticeListModel::DecisionRole)
                    .toString()
                    .isEmpty());

        standing.state = QStringLiteral("published");
        standing.publishedRevision = 2;
        standing.decision = QStringLiteral("approve");
        standing.decisionRevision = 2;
        standing.comment.clear();
        QCOMPARE(show(standing), QStringLiteral("Published"));

        standing.state = QStringLiteral("pending_review");
        standing.revision = 3;
        QCOMPARE(show(standing), QStringLiteral("Public; the new revision awaits CCI review"));

        standing.state = QStringLiteral("rejected");
        standing.decision = QStringLiteral("reject");
        standing.decisionRevision = 3;
        standing.comment = QStringLiteral("Doublon.");
        QCOMPARE(show(standing), QStringLiteral("Rejected by coord.anne: Doublon."));

        standing.state = QStringLiteral("ended");
        standing.reason = QStringLiteral("The event is over.");
        QCOMPARE(show(standing), QStringLiteral("Ended"));
        QVERIFY(model.data(model.indexOf(notice.id()), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Ended: The event is over.")));

        // Stored with the notice: a new model (a restart) reads the same.
        NoticeListModel again(*m_store);
        QCOMPARE(word(again, notice.id()), QStringLiteral("Ended"));
    }

    void newerChange_movesTheRowUp_andRemovedOperation_returnsToDrafts()
    {
        const Notice older = TestData::sample(QStringLiteral("siren-test"));
        Notice newer = TestData::sample(QStringLiteral("steam-startup"));
        QVERIFY(m_store->drafts().save(older, m_user) > 0);
        m_clock.setFixed(m_clock.now().addSecs(60));
        QVERIFY(m_store->drafts().save(newer, m_user) > 0);
        NoticeListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.indexOf(newer.id()).row(), 0);
        const QPersistentModelIndex olderRow = model.indexOf(older.id());

        // Queueing the older one changes it last: it moves to the top, its index follows it.
        m_clock.setFixed(m_clock.now().addSecs(60));
        const auto op = m_store->outbox().enqueue(older, m_user);
        QVERIFY(op);
        model.refresh();
        QCOMPARE(model.indexOf(older.id()).row(), 0);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(olderRow.row(), 0);
        QCOMPARE(olderRow.data(NoticeListModel::NoticeIdRole).toString(), older.id());

        QCOMPARE(m_store->outbox().remove(op->id, m_user), Outbox::Refusal::None);
        model.refresh();
        QCOMPARE(section(model, older.id()), NoticeListModel::Section::Drafts);
        QCOMPARE(resets.count(), 0);
    }

    void search_usesTheFullTextIndex_withoutAccents()
    {
        for (const char *name : {"odour-mercaptan", "siren-test", "steam-startup"})
            QVERIFY(m_store->drafts().save(TestData::sample(QLatin1String(name)), m_user) > 0);
        NoticeListModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSearch(QStringLiteral("sirene"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), NoticeListModel::NoticeIdRole).toString(),
                 TestData::sample(QStringLiteral("siren-test")).id());
        model.setSearch(QString());
        QCOMPARE(model.rowCount(), 3);
    }

    void scheduledRefreshes_coalesce()
    {
        NoticeListModel model(*m_store);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(m_store->drafts().save(TestData::sample(QStringLiteral("poi-drill")), m_user) > 0);
        model.scheduleRefresh();
        model.scheduleRefresh();
        QCOMPARE(model.rowCount(), 0); // not yet: at the next turn of the event loop
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(inserted.count(), 1);
    }

private:
    static QString word(const NoticeListModel &model, const QString &id)
    {
        return model.data(model.indexOf(id), NoticeListModel::StateWordRole).toString();
    }
    static NoticeListModel::Section section(const NoticeListModel &model, const QString &id)
    {
        return NoticeListModel::Section(
            model.data(model.indexOf(id), NoticeListModel::SectionRole).toInt());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Clock m_clock;
    std::unique_ptr<Store> m_store;
    const QString m_user = QStringLiteral("officer");
};

QTEST_MAIN(TestNoticeListModel)
#include "tst_noticelistmodel.moc"
