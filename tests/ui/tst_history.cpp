#include "ChannelOverrides.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "NoticeListPanel.h"
#include "Store.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTest>

#include <memory>

namespace {

// The program's clock (what --now sets): 10:12 in Rouen, 09:12 UTC.
QDateTime programNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-26T09:12:00Z"), Qt::ISODate);
}

// The notice as the platform has it: revision 1.
bool send(Store &store, const Notice &notice)
{
    if (store.drafts().save(notice, QStringLiteral("officer")) <= 0)
        return false;
    const auto sent = store.outbox().enqueue(notice, QStringLiteral("officer"));
    return sent && store.outbox().markSending(sent->id) &&
           store.outbox().markSent(sent->id, 1, QStringLiteral("\"1\""));
}

// The notice as the platform had it (revision 1), then ended there (revision 2).
bool sendThenEnd(Store &store, const Notice &notice)
{
    if (!send(store, notice))
        return false;
    const auto end = store.outbox().enqueue(Outbox::Kind::End, notice.id(),
                                            {{QStringLiteral("reason"), QStringLiteral("Over.")}},
                                            QStringLiteral("officer"));
    return end && store.outbox().markSending(end->id) &&
           store.outbox().markSent(end->id, 2, QStringLiteral("\"2\""));
}

} // namespace

// A history row says when and which revision; an ended notice opens read only, and says so.
class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        Localization::apply(QStringLiteral("en"));
    }

    void row_showsTheTimeInTheTerritory_andTheRevision()
    {
        TempProfile profile{Clock(programNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(sendThenEnd(profile.store(), notice));
        NoticeListModel model(profile.store());
        model.refresh();
        const QModelIndex row = model.indexOf(notice.id());
        QCOMPARE(row.data(NoticeListModel::SectionRole).toInt(),
                 int(NoticeListModel::Section::History));
        QCOMPARE(row.data().toString().section(QLatin1Char('\n'), 1),
                 QStringLiteral("26/03 10:12, revision 2 — Ended"));
        QVERIFY(row.data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QStringLiteral("26/03 10:12, revision 2 — Ended")));
    }

    void endedNotice_opensReadOnly_withABanner_newOneIsEditable()
    {
        TempProfile profile{Clock(programNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(sendThenEnd(profile.store(), notice));
        const auto opened = openInWindow(profile, notice.id());
        QVERIFY(opened);
        MainWindow &window = *opened;

        auto *editor = window.findChild<NoticeEditor *>();
        auto *band = window.findChild<QLabel *>(QStringLiteral("closedBand"));
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("textFr"));
        auto *type = window.findChild<QComboBox *>(QStringLiteral("type"));
        auto *send = window.findChild<QAction *>(QStringLiteral("sendAction"));
        QCOMPARE(editor->notice().id(), notice.id());
        QVERIFY(band->isVisible());
        QCOMPARE(band->text(), QStringLiteral("Notice ended on 26/03/2026 at 10:12: read only."));
        QVERIFY(editor->isReadOnly());
        QVERIFY(text->isReadOnly());
        QVERIFY(!type->isEnabled());
        QVERIFY(!send->isEnabled());
        // Typed into, it does not change.
        const QString before = text->toPlainText();
        text->setFocus();
        QTest::keyClicks(text, "more");
        QCOMPARE(text->toPlainText(), before);
        QCOMPARE(profile.store().drafts().load(notice.id())->text(QStringLiteral("fr")),
                 notice.text(QStringLiteral("fr")));

        // A new notice is written as usual.
        window.findChild<QAction *>(QStringLiteral("newAction"))->trigger();
        QVERIFY(editor->notice().id() != notice.id());
        QVERIFY(!band->isVisible());
        QVERIFY(!editor->isReadOnly());
        QVERIFY(!text->isReadOnly());
        QVERIFY(type->isEnabled());
        QVERIFY(send->isEnabled());
    }

    // The texts for one channel show only on request, after the notice opened: they can be
    // shown and read, in either language, and are no more written into than the rest.
    void endedNotice_channelTexts_shownLater_areReadOnlyToo()
    {
        TempProfile profile{Clock(programNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        notice.setOverride(QStringLiteral("sms"), QStringLiteral("en"),
                           QStringLiteral("Flaring at the plant."));
        QVERIFY(sendThenEnd(profile.store(), notice));
        const auto opened = openInWindow(profile, notice.id());
        QVERIFY(opened);
        MainWindow &window = *opened;
        auto *editor = window.findChild<NoticeEditor *>();
        QCOMPARE(editor->notice().id(), notice.id());
        QVERIFY(editor->isReadOnly());

        auto *show = window.findChild<QPushButton *>(QStringLiteral("showOverrides"));
        auto *overrides = window.findChild<ChannelOverrides *>();
        if (overrides->isVisible())
            QTest::mouseClick(show, Qt::LeftButton); // closed, as a reader may
        QVERIFY(!overrides->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY2(overrides->isVisible(), "the texts for one channel cannot be shown to be read");
        auto *languages = overrides->findChild<QTabBar *>(QStringLiteral("overrideLanguage"));
        for (int tab = 0; tab < languages->count(); ++tab) {
            languages->setCurrentIndex(tab);
            const QString language = overrides->language();
            for (const QString &channel : ChannelOverrides::channels()) {
                const QString what = channel + QLatin1Char('/') + language;
                auto *field =
                    overrides->findChild<QPlainTextEdit *>(QLatin1String("override_") + channel);
                QVERIFY2(field->isVisible(), qPrintable(what));
                QCOMPARE(field->toPlainText(), notice.override(channel, language));
                field->setFocus();
                QTest::keyClicks(field, "more");
                QTest::keyClick(field, Qt::Key_Return);
                QVERIFY2(
                    field->toPlainText() == notice.override(channel, language),
                    qPrintable(what + QStringLiteral(" took the keys: ") + field->toPlainText()));
                for (auto *button : overrides->findChildren<QPushButton *>()) {
                    if (button->isVisible())
                        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
                }
            }
        }
        const auto stored = profile.store().drafts().load(notice.id());
        QVERIFY(stored);
        for (const QString &channel : ChannelOverrides::channels()) {
            for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
                QCOMPARE(editor->notice().override(channel, language),
                         notice.override(channel, language));
                QCOMPARE(stored->override(channel, language), notice.override(channel, language));
            }
        }
    }

    // One click on a sent notice's row, as the list draws it, opens it with End and Cancel
    // ready: before, only a double click did, and a single one showed nothing.
    void oneClick_onASentNotice_enablesEndAndCancel()
    {
        TempProfile profile{Clock(programNow())};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(send(profile.store(), notice));
        MainWindow window(m_temp.settings(), Clock(programNow()), profile.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *end = window.findChild<QAction *>(QStringLiteral("endAction"));
        auto *cancel = window.findChild<QAction *>(QStringLiteral("cancelAction"));
        QVERIFY(!end->isEnabled());
        QVERIFY(!cancel->isEnabled());

        auto *panel = window.findChild<NoticeListPanel *>();
        panel->model().refresh();
        const QModelIndex source = panel->model().indexOf(notice.id());
        QVERIFY(source.isValid());
        auto *sections = panel->findChild<QTabBar *>(QStringLiteral("noticeSections"));
        const int section = source.data(NoticeListModel::SectionRole).toInt();
        QTest::mouseClick(sections, Qt::LeftButton, {}, sections->tabRect(section).center());
        QCOMPARE(sections->currentIndex(), section);
        auto *list = panel->findChild<QAbstractItemView *>(QStringLiteral("noticeList"));
        QCOMPARE(list->model()->rowCount(), 1);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 0)).center());

        QCOMPARE(window.findChild<NoticeEditor *>()->notice().id(), notice.id());
        QVERIFY(end->isEnabled());
        QVERIFY(cancel->isEnabled());
    }

private:
    // The console on the profile, shown, with the notice opened from its list as a click does;
    // null if any step failed.
    std::unique_ptr<MainWindow> openInWindow(TempProfile &profile, const QString &id)
    {
        auto window =
            std::make_unique<MainWindow>(m_temp.settings(), Clock(programNow()), profile.store());
        window->show();
        auto *list = window->findChild<NoticeListPanel *>();
        list->model().refresh();
        if (!QTest::qWaitForWindowExposed(window.get()) || !list->selectNotice(id))
            return nullptr;
        emit list->noticeOpened(id);
        return window;
    }

    TempSettings m_temp;
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
