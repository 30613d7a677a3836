#include "LiveNowModel.h"
#include "ReviewFilterProxy.h"
#include "ReviewQueue.h"
#include "ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace {

const QDateTime kNow(QDate(2026, 3, 20), QTime(11, 0), QTimeZone::utc());

PlatformNotice make(const QString &id, const QString &type, int startDay, const QString &state,
                    const QString &company = QStringLiteral("Chimie de la Vallée"))
{
    PlatformNotice n;
    n.id = id;
    n.territory = QStringLiteral("rouen-metropole");
    n.company = company;
    n.type = type;
    n.state = state;
    n.revision = 1;
    n.publishedRevision = state == QLatin1String("published") ? 1 : 0;
    n.submittedBy = QStringLiteral("issuer.chimie");
    n.updatedAt = kNow.addSecs(-90 * 60);
    Notice notice;
    notice.setTerritory(n.territory);
    notice.setCompany(company);
    notice.setType(type);
    notice.setStatus(QStringLiteral("actual"));
    notice.setSite({QStringLiteral("s"),
                    QStringLiteral("Unité 2"),
                    company == QStringLiteral("Chimie de la Vallée")
                        ? QStringLiteral("Grand-Quevilly")
                        : QStringLiteral("Petit-Couronne"),
                    {},
                    {}});
    notice.setStart(QDateTime(QDate(2026, 3, startDay), QTime(8, 0), QTimeZone::utc()));
    n.notice = notice;
    return n;
}

QStringList ids(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data(NoticeRowsModel::IdRole).toString());
    return result;
}

} // namespace

// The queue, its filter and "live now" follow each refresh row by row: never a reset, the
// selection stays on the same notice.
class TestReviewModels : public QObject
{
    Q_OBJECT

private slots:
    void ordered_putsIncidentsPublishedAtOnceFirst_thenByStart()
    {
        const QList<PlatformNotice> queue =
            ReviewQueue::ordered({make(QStringLiteral("b"), QStringLiteral("flaring"), 25,
                                       QStringLiteral("pending_review")),
                                  make(QStringLiteral("a"), QStringLiteral("noise"), 22,
                                       QStringLiteral("pending_review")),
                                  make(QStringLiteral("i"), QStringLiteral("incident"), 28,
                                       QStringLiteral("published"))});
        QCOMPARE(queue.at(0).id, QStringLiteral("i"));
        QCOMPARE(queue.at(1).id, QStringLiteral("a"));
        QCOMPARE(queue.at(2).id, QStringLiteral("b"));
        QVERIFY(queue.at(0).publishedAtOnce());
        PlatformNotice confirmed = queue.at(0);
        confirmed.review = PlatformNotice::Review{1, QStringLiteral("approve"), {}, {}, {}};
        QVERIFY(!confirmed.awaitingReview());
        QVERIFY(confirmed.isLive());
    }

    void queueModel_updatesRowByRow_andKeepsTheSelection()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        const auto a = make(QStringLiteral("a"), QStringLiteral("noise"), 22,
                            QStringLiteral("pending_review"));
        const auto b = make(QStringLiteral("b"), QStringLiteral("flaring"), 25,
                            QStringLiteral("pending_review"));
        const auto c = make(QStringLiteral("c"), QStringLiteral("odour"), 26,
                            QStringLiteral("pending_review"));
        model.setNotices({a, b, c});
        QCOMPARE(ids(model), (QStringList{"a", "b", "c"}));
        QCOMPARE(model.index(0, ReviewQueueModel::Waited).data().toString(),
                 QStringLiteral("1 h 30 min"));

        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(1, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // An incident arrives on top, "a" was decided, "c" was edited and moves before "b".
        const auto incident =
            make(QStringLiteral("i"), QStringLiteral("incident"), 28, QStringLiteral("published"));
        auto c2 = c;
        c2.revision = 2;
        c2.notice.setStart(QDateTime(QDate(2026, 3, 23), QTime(8, 0), QTimeZone::utc()));
        model.setNotices(ReviewQueue::ordered({b, c2, incident}));
        QCOMPARE(ids(model), (QStringList{"i", "c", "b"}));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1); // only the edited row
        QVERIFY(selection.isRowSelected(2, {}));
        QCOMPARE(selection.currentIndex().data(NoticeRowsModel::IdRole).toString(),
                 QStringLiteral("b"));
        QVERIFY(model.index(0, 0).data(NoticeRowsModel::PublishedAtOnceRole).toBool());

        // The same list again changes nothing at all.
        changed.clear();
        model.setNotices(ReviewQueue::ordered({b, c2, incident}));
        QCOMPARE(changed.size(), 0);

        // The selected notice leaves: nothing else becomes selected by accident.
        model.setNotices({incident, c2});
        QVERIFY(!selection.hasSelection());
        model.setNotices({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ownSubmissions_areMarked()
    {
        ReviewQueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto own = make(QStringLiteral("o"), QStringLiteral("noise"), 22,
                        QStringLiteral("pending_review"));
        own.submittedBy = QStringLiteral("coord.anne");
        model.setNotices({own});
        QVERIFY(!model.index(0, 0).data(NoticeRowsModel::OwnSubmissionRole).toBool());
        model.setReviewer(QStringLiteral("coord.anne"));
        QVERIFY(model.index(0, 0).data(NoticeRowsModel::OwnSubmissionRole).toBool());
        QCOMPARE(model.index(0, ReviewQueueModel::State).data().toString(),
                 QStringLiteral("Own submission"));
    }

    void filterProxy_filtersEachField_andFollowsTheSource()
    {
        ReviewQueueModel model;
        ReviewFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto exercise =
            make(QStringLiteral("e"), QStringLiteral("drill"), 24, QStringLiteral("pending_review"),
                 QStringLiteral("Raffinerie de Gonfreville"));
        exercise.notice.setStatus(QStringLiteral("exercise"));
        exercise.territory = QStringLiteral("le-havre");
        model.setNotices({make(QStringLiteral("a"), QStringLiteral("noise"), 22,
                               QStringLiteral("pending_review")),
                          exercise,
                          make(QStringLiteral("b"), QStringLiteral("flaring"), 25,
                               QStringLiteral("pending_review"))});
        QCOMPARE(proxy.values(ReviewFilterProxy::Field::Company),
                 (QStringList{"Chimie de la Vallée", "Raffinerie de Gonfreville"}));
        proxy.setFilter(ReviewFilterProxy::Field::Company, QStringLiteral("Chimie de la Vallée"));
        QCOMPARE(ids(proxy), (QStringList{"a", "b"}));
        proxy.setFilter(ReviewFilterProxy::Field::Type, QStringLiteral("flaring"));
        QCOMPARE(ids(proxy), QStringList{"b"});
        proxy.setFilter(ReviewFilterProxy::Field::Company, {});
        proxy.setFilter(ReviewFilterProxy::Field::Type, {});
        proxy.setFilter(ReviewFilterProxy::Field::Status, QStringLiteral("exercise"));
        QCOMPARE(ids(proxy), QStringList{"e"});
        proxy.setFilter(ReviewFilterProxy::Field::Status, {});
        proxy.setFilter(ReviewFilterProxy::Field::Territory, QStringLiteral("rouen-metropole"));
        proxy.setFilter(ReviewFilterProxy::Field::Commune, QStringLiteral("Grand-Quevilly"));
        QCOMPARE(ids(proxy), (QStringList{"a", "b"}));
        // A new row of the filtered territory shows up in its place.
        model.setNotices({make(QStringLiteral("a"), QStringLiteral("noise"), 22,
                               QStringLiteral("pending_review")),
                          make(QStringLiteral("n"), QStringLiteral("odour"), 23,
                               QStringLiteral("pending_review")),
                          exercise,
                          make(QStringLiteral("b"), QStringLiteral("flaring"), 25,
                               QStringLiteral("pending_review"))});
        QCOMPARE(ids(proxy), (QStringList{"a", "n", "b"}));
    }

    void liveNow_listsWhatThePublicPageShows()
    {
        LiveNowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto update = make(QStringLiteral("u"), QStringLiteral("flaring"), 22,
                           QStringLiteral("pending_review"));
        update.revision = 2;
        update.publishedRevision = 1;
        auto ended =
            make(QStringLiteral("x"), QStringLiteral("noise"), 21, QStringLiteral("ended"));
        ended.publishedRevision = 1;
        const auto live =
            make(QStringLiteral("l"), QStringLiteral("incident"), 23, QStringLiteral("published"));
        QVERIFY(update.isLive());
        QVERIFY(!ended.isLive());
        model.setNotices({update, live});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LiveNowModel::Revision).data().toString(),
                 QStringLiteral("1 (revision 2 awaits review)"));
        QItemSelectionModel selection(&model);
        selection.select(model.index(1, 0),
                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        model.setNotices({live});
        QCOMPARE(ids(model), QStringList{"l"});
        QVERIFY(selection.isRowSelected(0, {}));
    }
};

QTEST_GUILESS_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
