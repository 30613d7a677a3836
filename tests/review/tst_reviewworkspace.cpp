#include "DecisionDialog.h"
#include "LiveNowView.h"
#include "NoticeName.h"
#include "PreviewPanel.h"
#include "ReviewTestSupport.h"
#include "ReviewWorkspace.h"
#include "RevisionDiffView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

namespace {

constexpr int kWaitMs = 30000;

QString submit(ReviewClient &client, const QString &sample)
{
    const Notice notice(ReviewTest::notice(sample, ReviewTest::chimie(), ReviewTest::chimieSite()));
    const auto op = client.store.outbox().enqueue(notice, client.user());
    if (!op || client.sendAndWait(op->id).state != Outbox::State::Sent)
        return {};
    return notice.id();
}

int rowOf(ReviewWorkspace &workspace, const QString &id)
{
    QAbstractItemModel *model = workspace.queueView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(NoticeRowsModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

// Moves the queue's current row with the arrow keys, as a coordinator would.
bool selectWithKeys(ReviewWorkspace &workspace, const QString &id)
{
    workspace.activateWindow();
    QApplication::setActiveWindow(&workspace);
    if (!QTest::qWaitForWindowActive(&workspace)) {
        qWarning("the workspace is not the active window; the active one is %s",
                 QApplication::activeWindow()
                     ? QApplication::activeWindow()->metaObject()->className()
                     : "none");
        return false;
    }
    QTableView *view = workspace.queueView();
    view->setFocus();
    const int target = rowOf(workspace, id);
    if (!view->currentIndex().isValid())
        QTest::keyClick(view, Qt::Key_Down); // the first key lands on the first row
    while (view->currentIndex().row() < target)
        QTest::keyClick(view, Qt::Key_Down);
    while (view->currentIndex().row() > target)
        QTest::keyClick(view, Qt::Key_Up);
    // The current row may be left unselected when the selected one went away: Space selects.
    if (workspace.selectedId().isEmpty())
        QTest::keyClick(view, Qt::Key_Space);
    if (workspace.selectedId() != id)
        qWarning("current row %d, target %d, selected \"%s\"", view->currentIndex().row(), target,
                 qPrintable(workspace.selectedId()));
    return workspace.selectedId() == id;
}

// The columns of a table that do not show their text whole and in sight ("" when all do).
QString cutColumns(QTableView *table)
{
    QApplication::processEvents();
    QStringList cut;
    for (int column = 0; column < table->model()->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const int left = table->horizontalHeader()->sectionViewportPosition(column);
        const int width = table->columnWidth(column);
        const int needed = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column);
        if (left < 0 || left + width > table->viewport()->width() || width < needed)
            cut.append(QStringLiteral("%1: %2 px at %3 of %4, %5 needed")
                           .arg(table->model()->headerData(column, Qt::Horizontal).toString())
                           .arg(width)
                           .arg(left)
                           .arg(table->viewport()->width())
                           .arg(needed));
    }
    return cut.join(QLatin1Char('\n'));
}

DecisionDialog *openDialog(ReviewWorkspace &workspace)
{
    DecisionDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = workspace.findChild<DecisionDialog *>();
            return dialog && dialog->isVisible();
        },
        5000);
    if (dialog) {
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            return nullptr;
    }
    return dialog;
}

} // namespace

// The workspace driven from the keyboard, against the allo-sandbox program.
class TestReviewWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void keyboard_decides_showsOwnSubmissions_andTakesDownLiveNotices()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.isReady());
        ReviewClient issuer(sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        const QString flaring = submit(issuer, QStringLiteral("flaring-maintenance"));
        const QString incident = submit(issuer, QStringLiteral("incident-smoke"));
        const QString own = submit(anne, QStringLiteral("odour-mercaptan"));
        QVERIFY(!flaring.isEmpty() && !incident.isEmpty() && !own.isEmpty());

        anne.sender.start();
        ReviewWorkspace workspace(anne.store, anne.connection, anne.session, &anne.sender,
                                  anne.clock);
        QSignalSpy fresh(&workspace, &ReviewWorkspace::newSubmissions);
        workspace.resize(1200, 800);
        workspace.show();
        QApplication::setActiveWindow(&workspace);
        QVERIFY(QTest::qWaitForWindowActive(&workspace));
        QVERIFY(QTest::qWaitFor([&] { return workspace.queueView()->model()->rowCount() == 3; },
                                kWaitMs));
        // Incidents first; new submissions announced (the coordinator's own left out).
        QCOMPARE(rowOf(workspace, incident), 0);
        QVERIFY(!fresh.isEmpty() || fresh.wait(kWaitMs));
        QCOMPARE(fresh.first().at(0).toInt(), 2);
        QCOMPARE(fresh.first().at(1).toInt(), 1);

        // Every control can be named by a screen reader.
        auto *previewPanel = workspace.findChild<PreviewPanel *>();
        for (QWidget *w : workspace.findChildren<QWidget *>()) {
            if (previewPanel->isAncestorOf(w))
                continue; // the composer's panel, reused as is
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                qobject_cast<QTableView *>(w) || qobject_cast<QTabWidget *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }

        // Own submission: shown, and A does nothing but say so.
        QVERIFY(selectWithKeys(workspace, own));
        auto *banner = workspace.findChild<QLabel *>(QStringLiteral("reviewOwnSubmission"));
        QVERIFY(banner->isVisible());
        QTest::keyClick(workspace.queueView(), Qt::Key_A);
        QVERIFY(!workspace.findChild<DecisionDialog *>());
        QVERIFY(workspace.statusMessage().startsWith(QStringLiteral("Own submission")));

        // C on the flaring notice: the comment is required before OK.
        QVERIFY(selectWithKeys(workspace, flaring));
        QVERIFY(!banner->isVisible());
        auto *previews = workspace.findChild<PreviewPanel *>();
        QVERIFY(QTest::qWaitFor([&] { return !previews->outputs().isEmpty(); }, kWaitMs));
        QVERIFY(previews->outputs().first().text.contains(QStringLiteral("Unité 2")));
        QTest::keyClick(workspace.queueView(), Qt::Key_C);
        DecisionDialog *dialog = openDialog(workspace);
        QVERIFY(dialog);
        // It names the notice (type, company, site, period), its buttons say what they do, and
        // it says that Ctrl+Enter sends.
        const QString question =
            dialog->findChild<QLabel *>(QStringLiteral("decisionQuestion"))->text();
        QVERIFY2(question.contains(NoticeName::of(workspace.queue().find(flaring)->notice)),
                 qPrintable(question));
        QStringList buttons;
        for (const QAbstractButton *button : dialog->findChild<QDialogButtonBox *>()->buttons())
            buttons.append(button->text());
        buttons.sort();
        QCOMPARE(buttons, QStringList({"Back to the queue", "Request changes"}));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("decisionHint"));
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), QStringLiteral("Ctrl+Enter to send"));
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *required = dialog->findChild<QLabel *>(QStringLiteral("decisionCommentProblem"));
        QVERIFY(required->isVisible()); // says why, next to the box
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->focusWidget(), "Give the flaring hours.");
        QVERIFY(ok->isEnabled());
        QVERIFY(!required->isVisible());
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor(
            [&] { return workspace.statusMessage().contains(QStringLiteral("requested")); },
            kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return rowOf(workspace, flaring) < 0; }, kWaitMs));

        // A on the incident published at once confirms it; Return accepts.
        QVERIFY(selectWithKeys(workspace, incident));
        QTest::keyClick(workspace.queueView(), Qt::Key_A);
        dialog = openDialog(workspace);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("decisionQuestion"))
                    ->text()
                    .startsWith(QStringLiteral("Confirm")));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor(
            [&] { return workspace.statusMessage().contains(QStringLiteral("approved")); },
            kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return rowOf(workspace, incident) < 0; }, kWaitMs));
        // Only the own submission is left, and it stayed where it was.
        QCOMPARE(workspace.queueView()->model()->rowCount(), 1);

        // Live now: the confirmed incident, ended with a reason.
        auto *tabs = workspace.findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        tabs->setCurrentIndex(1);
        auto *live = workspace.findChild<LiveNowView *>();
        QVERIFY(QTest::qWaitFor([&] { return live->table()->model()->rowCount() >= 1; }, kWaitMs));
        // In a 1024-pixel window, every column whole, the period included (it was cut off).
        workspace.resize(1000, 700);
        QVERIFY2(cutColumns(live->table()).isEmpty(), qPrintable(cutColumns(live->table())));
        workspace.resize(1200, 800);
        live->table()->setFocus();
        live->table()->selectRow(0);
        QCOMPARE(live->selectedId(), incident);
        auto *end = workspace.findChild<QPushButton *>(QStringLiteral("liveNowEnd"));
        QVERIFY(!end->isEnabled());
        auto *reason = workspace.findChild<QLineEdit *>(QStringLiteral("liveNowReason"));
        reason->setFocus();
        QTest::keyClicks(reason, "Smoke is gone.");
        QVERIFY(end->isEnabled());
        QTest::keyClick(end, Qt::Key_Space);
        dialog = openDialog(workspace);
        QVERIFY(dialog);
        QCOMPARE(dialog->comment(), QStringLiteral("Smoke is gone."));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(QTest::qWaitFor(
            [&] { return workspace.statusMessage().contains(QStringLiteral("ended")); }, kWaitMs));
        QVERIFY(QTest::qWaitFor([&] { return live->table()->model()->rowCount() == 0; }, kWaitMs));
    }

    // Two submissions of one site in a 1024-pixel window: each row shows its type, site and
    // period whole; the list's time is the territory's, from the program's clock; the wait reads
    // the same in the row and above the previews; an emptied queue leaves nothing of the last
    // notice, and the preview tabs keep their names with nothing selected.
    void queue_rowsToldApart_timesOfTheTerritory_noStaleNotice()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.isReady());
        ReviewClient issuer(sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        const QString flaring = submit(issuer, QStringLiteral("flaring-maintenance"));
        const QString steam = submit(issuer, QStringLiteral("steam-startup"));
        QVERIFY(!flaring.isEmpty() && !steam.isEmpty());
        // 11:18 UTC is 12:18 in Rouen (coord.anne's territory), whatever this machine's zone.
        anne.clock.setFixed(
            QDateTime::fromString(QStringLiteral("2026-03-20T11:18:00Z"), Qt::ISODate));
        anne.sender.start();

        ReviewWorkspace workspace(anne.store, anne.connection, anne.session, &anne.sender,
                                  anne.clock);
        auto *previews = workspace.findChild<PreviewPanel *>();
        auto *previewTabs = previews->findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        for (int i = 0; i < previewTabs->count(); ++i)
            QVERIFY2(!previewTabs->tabText(i).isEmpty(), qPrintable(QString::number(i)));
        workspace.resize(1000, 700);
        workspace.show();
        QApplication::setActiveWindow(&workspace);
        QVERIFY(QTest::qWaitForWindowActive(&workspace));
        QVERIFY(QTest::qWaitFor([&] { return workspace.queueView()->model()->rowCount() == 2; },
                                kWaitMs));
        QVERIFY2(workspace.statusMessage().contains(QStringLiteral("12:18")),
                 qPrintable(workspace.statusMessage()));

        QTableView *table = workspace.queueView();
        QApplication::processEvents();
        QStringList rows;
        for (int row = 0; row < 2; ++row) {
            QStringList cells;
            for (const int column :
                 {ReviewQueueModel::Type, ReviewQueueModel::Site, ReviewQueueModel::Period}) {
                // In sight, and as wide as its text.
                const int left = table->horizontalHeader()->sectionViewportPosition(column);
                QVERIFY(left >= 0);
                QVERIFY2(left + table->columnWidth(column) <= table->viewport()->width(),
                         qPrintable(QString::number(column)));
                QVERIFY(table->columnWidth(column) >=
                        static_cast<QAbstractItemView *>(table)->sizeHintForColumn(column));
                cells.append(table->model()->index(row, column).data().toString());
            }
            rows.append(cells.join(QLatin1Char('|')));
        }
        QVERIFY2(rows.at(0) != rows.at(1), qPrintable(rows.join(QLatin1Char('\n'))));

        // The rows' last tick came 30 s after the submission; the clock has moved on a minute
        // since: the summary says what the row says.
        const QDateTime submitted = workspace.queue().find(flaring)->updatedAt;
        workspace.queueModel().setNow(submitted.addSecs(30));
        anne.clock.setFixed(submitted.addSecs(90));
        QVERIFY(selectWithKeys(workspace, flaring));
        const QString waited = table->model()
                                   ->index(rowOf(workspace, flaring), ReviewQueueModel::Waited)
                                   .data()
                                   .toString();
        QCOMPARE(waited, QStringLiteral("less than a minute"));
        auto *header = workspace.findChild<QLabel *>(QStringLiteral("reviewHeader"));
        QVERIFY2(header->text().contains(QStringLiteral("waiting for less than a minute")),
                 qPrintable(header->text()));
        QVERIFY(QTest::qWaitFor([&] { return !previews->outputs().isEmpty(); }, kWaitMs));

        // Another coordinator decides both: the emptied queue shows nothing of them.
        ReviewClient bruno(sandbox, QStringLiteral("coord.bruno"));
        QVERIFY(bruno.signIn());
        ReviewActions brunoDecides(bruno.store);
        for (const QString &id : {flaring, steam}) {
            const ReviewActions::Result decided = brunoDecides.decide(
                *workspace.queue().find(id), ReviewActions::Decision::Approve, {}, bruno.user());
            QVERIFY2(decided.operation, qPrintable(decided.error));
            QCOMPARE(bruno.sendAndWait(decided.operation->id).state, Outbox::State::Sent);
        }
        workspace.refresh();
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 0; }, kWaitMs));
        QVERIFY(workspace.selectedId().isEmpty());
        QVERIFY(!header->text().contains(QStringLiteral("Chimie")));
        QVERIFY(previews->outputs().isEmpty());
        QVERIFY(previews->findChild<QTextBrowser *>(QStringLiteral("preview_web"))
                    ->toPlainText()
                    .isEmpty());
        QVERIFY(workspace.findChild<RevisionDiffView *>()->toPlainText().isEmpty());
        for (int i = 0; i < previewTabs->count(); ++i)
            QVERIFY2(!previewTabs->tabText(i).isEmpty(), qPrintable(QString::number(i)));
    }

    void update_showsTheDifferenceFromThePublishedRevision()
    {
        SandboxProcess sandbox;
        QVERIFY(sandbox.isReady());
        ReviewClient issuer(sandbox, QStringLiteral("issuer.chimie"));
        ReviewClient anne(sandbox, QStringLiteral("coord.anne"));
        QVERIFY(issuer.signIn());
        QVERIFY(anne.signIn());
        // An incident is public at once; its update waits for review.
        Notice notice(ReviewTest::notice(QStringLiteral("incident-smoke"), ReviewTest::chimie(),
                                         ReviewTest::chimieSite()));
        auto op = issuer.store.outbox().enqueue(notice, issuer.user());
        QCOMPARE(issuer.sendAndWait(op->id).state, Outbox::State::Sent);
        notice.setType(QStringLiteral("smoke"));
        notice.setText(QStringLiteral("fr"), notice.text(QStringLiteral("fr")) +
                                                 QStringLiteral(" Le panache se dissipe."));
        // What the hotline says is reviewed too, not only the text.
        notice.setOverride(QStringLiteral("hotline"), QStringLiteral("Le panache se dissipe."));
        op = issuer.store.outbox().enqueue(notice, issuer.user());
        QCOMPARE(issuer.sendAndWait(op->id).state, Outbox::State::Sent);

        ReviewWorkspace workspace(anne.store, anne.connection, anne.session, &anne.sender,
                                  anne.clock);
        workspace.show();
        QApplication::setActiveWindow(&workspace);
        QVERIFY(QTest::qWaitForWindowActive(&workspace));
        QVERIFY(QTest::qWaitFor([&] { return rowOf(workspace, notice.id()) >= 0; }, kWaitMs));
        QVERIFY(selectWithKeys(workspace, notice.id()));
        auto *diff = workspace.findChild<RevisionDiffView *>();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return diff->toPlainText().contains(
                             QStringLiteral("published revision 1"));
                     },
                     kWaitMs),
                 qPrintable(diff->toPlainText() + workspace.statusMessage()));
        QVERIFY(diff->toHtml().contains(QStringLiteral("Le panache se dissipe.")));
        QVERIFY(diff->toPlainText().contains(QStringLiteral("Type")));
        QVERIFY2(diff->toPlainText().contains(QStringLiteral("Hotline script\nLe panache")),
                 qPrintable(diff->toPlainText()));
        // A refresh keeps the selection.
        QSignalSpy updated(&workspace.queue(), &ReviewQueue::updated);
        submit(issuer, QStringLiteral("poi-drill"));
        workspace.refresh();
        QVERIFY(updated.wait(kWaitMs));
        QCOMPARE(workspace.selectedId(), notice.id());
    }
};

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
