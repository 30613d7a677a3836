#include "ChannelRenderer.h"
#include "ConflictDialog.h"
#include "ConsolePlatform.h"
#include "DecisionDialog.h"
#include "Localization.h"
#include "MainWindow.h"
#include "NoticeEditor.h"
#include "ReviewWorkspace.h"
#include "SendConfirmationDialog.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "Store.h"
#include "TempProfile.h"
#include "TempSettings.h"
#include "TestData.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <map>
#include <memory>
#include <vector>

namespace {

// Fields and tabs left without an Alt+letter on purpose: the menus, tabs and labels of one page
// share 26 letters, and these are seldom used. Each is still reached by Tab, and the tab groups
// otherwise: the previews by Ctrl+1…6, a text's languages and a channel's from the label above.
const QStringList withoutMnemonic = {
    QStringLiteral("territory"), QStringLiteral("intermittent"),     QStringLiteral("link"),
    QStringLiteral("contact"),   QStringLiteral("showOverrides"),    QStringLiteral("previewTabs"),
    QStringLiteral("texts"),     QStringLiteral("overrideLanguage"),
};

// The letter after a lone "&", lower-cased; "" when there is none.
QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// The Alt+letters of what shows in the window now (the menu bar, the labels of fields, tabs,
// buttons), each with where it is; and what should have one but has none.
struct Mnemonics
{
    std::map<QString, QStringList> byLetter;
    QStringList missing;

    void add(const QString &text, const QString &where, bool required)
    {
        const QString letter = mnemonicOf(text);
        if (!letter.isEmpty())
            byLetter[letter].append(where + QStringLiteral(" \"") + text + QLatin1Char('"'));
        else if (required)
            missing.append(where + QStringLiteral(" \"") + text + QLatin1Char('"'));
    }

    QStringList duplicates() const
    {
        QStringList said;
        for (const auto &[letter, places] : byLetter) {
            if (places.size() > 1)
                said.append(
                    QStringLiteral("Alt+%1: %2").arg(letter, places.join(QStringLiteral(", "))));
        }
        return said;
    }
};

bool exempt(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (withoutMnemonic.contains(w->objectName()))
            return true;
    }
    return false;
}

Mnemonics mnemonicsOf(QWidget *window)
{
    Mnemonics found;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *menu : main->menuBar()->actions())
            found.add(menu->text(), QStringLiteral("menu"), true);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy()) {
            found.add(label->text(), QStringLiteral("label of ") + label->buddy()->objectName(),
                      !exempt(label->buddy()) &&
                          !label->buddy()->objectName().startsWith(QLatin1String("override_")));
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    found.add(tabs->tabText(i), QStringLiteral("tab"), !exempt(tabs));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            found.add(button->text(), QStringLiteral("button ") + button->objectName(), false);
        }
    }
    return found;
}

void checkMnemonics(QWidget *window, const QString &page)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const Mnemonics found = mnemonicsOf(window);
    QVERIFY2(found.missing.isEmpty(),
             qPrintable(QStringLiteral("Without an Alt+letter on %1 in %2:\n")
                            .arg(page, Localization::current()) +
                        found.missing.join(QLatin1Char('\n'))));
    const QStringList duplicates = found.duplicates();
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(QStringLiteral("The same Alt+letter twice on %1 in %2:\n")
                            .arg(page, Localization::current()) +
                        duplicates.join(QLatin1Char('\n'))));
}

} // namespace

// The console from the keyboard: an Alt+letter for every field and tab, none twice among what
// can be pressed at once (the menu bar and the page shown), in French and English, from the
// catalogues built into the program; and every action's keys shown in its menu and tooltip.
class TestKeyboard : public QObject
{
    Q_OBJECT

    TempSettings m_temp;
    Clock m_clock{TestData::sampleNow()};

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        m_profile = std::make_unique<TempProfile>(m_clock);
        QVERIFY2(m_profile->isOpen(), qPrintable(m_profile->errorString()));
        // A coordinator's window, as in training: the composer and the review pages.
        m_platform =
            std::make_unique<ConsolePlatform>(m_temp.settings(), m_profile->store(), m_clock);
        QSignalSpy account(m_platform.get(), &ConsolePlatform::accountChanged);
        QCOMPARE(m_platform->connectTraining(m_temp.filePath(QStringLiteral("sandbox")),
                                             QStringLiteral("coord.anne"),
                                             QStringLiteral(ALLO_SANDBOX_BIN)),
                 QString());
        QVERIFY(account.wait(10000));
    }

    void cleanupTestCase()
    {
        m_platform.reset();
        m_profile.reset();
    }

    void mnemonics_onEveryPage_noneTwice_data() { languages(); }
    void mnemonics_onEveryPage_noneTwice()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        {
            // An officer's window: no review pages.
            TempProfile profile{m_clock};
            QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
            MainWindow window(m_temp.settings(), m_clock, profile.store());
            checkMnemonics(&window, QStringLiteral("the officer's composer"));
        }
        MainWindow window(m_temp.settings(), m_clock, m_profile->store());
        window.attachPlatform(*m_platform);
        auto *workspaces = window.findChild<QTabWidget *>(QStringLiteral("workspaces"));
        QVERIFY(workspaces->tabBar()->isVisibleTo(&window));
        workspaces->setCurrentIndex(0);
        checkMnemonics(&window, QStringLiteral("the coordinator's composer"));
        workspaces->setCurrentIndex(1);
        auto *reviewTabs = window.findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        reviewTabs->setCurrentIndex(0);
        checkMnemonics(&window, QStringLiteral("the review queue"));
        reviewTabs->setCurrentIndex(1);
        checkMnemonics(&window, QStringLiteral("the notices live now"));
    }

    // An open menu takes the letters: two items with one letter and the letter only moves
    // between them ("&Nouvel avis" and "Exporter l'audio du &numéro vert" in the French File menu).
    void mnemonics_inEveryMenu_noneTwice_data() { languages(); }
    void mnemonics_inEveryMenu_noneTwice()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        MainWindow window(m_temp.settings(), m_clock, m_profile->store());
        window.attachPlatform(*m_platform);
        int menus = 0;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            Mnemonics found;
            for (QAction *action : menu->actions()) {
                if (action->isVisible() && !action->isSeparator())
                    found.add(action->text(), QStringLiteral("item"), false);
            }
            ++menus;
            const QStringList duplicates = found.duplicates();
            QVERIFY2(duplicates.isEmpty(),
                     qPrintable(QStringLiteral("The same Alt+letter twice in the menu %1:\n")
                                    .arg(menu->title()) +
                                duplicates.join(QLatin1Char('\n'))));
        }
        QVERIFY(menus >= 5);
    }

    void mnemonics_inEveryDialog_noneTwice_data() { languages(); }
    void mnemonics_inEveryDialog_noneTwice()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        for (const auto &[name, dialog] : everyDialog())
            checkMnemonics(dialog.get(), name);
    }

    // Escape goes back without doing anything, wherever the keyboard is in the dialog.
    void escape_cancelsEveryDialog_whereverTheFocusIs()
    {
        Localization::apply(QStringLiteral("en"));
        for (const auto &[name, dialog] : everyDialog()) {
            for (QWidget *control : focusableIn(dialog.get())) {
                QVERIFY(focusIn(dialog.get(), control));
                QSignalSpy accepted(dialog.get(), &QDialog::accepted);
                QSignalSpy rejected(dialog.get(), &QDialog::rejected);
                QTest::keyClick(control, Qt::Key_Escape);
                const QString where = name + QStringLiteral(", focus on ") + control->objectName() +
                                      QLatin1Char(' ') + control->metaObject()->className();
                QVERIFY2(!dialog->isVisible(), qPrintable(where));
                QVERIFY2(rejected.size() == 1 && accepted.isEmpty(), qPrintable(where));
            }
        }
    }

    // A button drawn as the default one says "Enter presses me": wherever the keyboard is, either
    // no button is drawn so, or Enter presses the one that is.
    void defaultButton_isWhatEnterPresses_inEveryDialog()
    {
        Localization::apply(QStringLiteral("en"));
        for (const auto &[name, dialog] : everyDialog()) {
            for (QWidget *control : focusableIn(dialog.get())) {
                QVERIFY(focusIn(dialog.get(), control));
                QPushButton *drawn = nullptr;
                for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                    if (button->isDefault() && button->isVisible() && button->isEnabled())
                        drawn = button;
                }
                if (!drawn)
                    continue;
                QSignalSpy clicked(drawn, &QPushButton::clicked);
                QTest::keyClick(control, Qt::Key_Return);
                QVERIFY2(clicked.size() == 1,
                         qPrintable(name + QStringLiteral(": \"") + drawn->text() +
                                    QStringLiteral("\" is drawn as the default button, but Enter "
                                                   "on ") +
                                    control->objectName() + QLatin1Char(' ') +
                                    control->metaObject()->className() +
                                    QStringLiteral(" does not press it")));
            }
        }
    }

    // Wherever the keyboard was (the list, a menu opened and left, a menu's item), Ctrl+N or
    // File > New puts it in the new notice's first field: once, it was left nowhere.
    void newNotice_afterTheMenus_putsTheKeyboardInTheForm()
    {
        Localization::apply(QStringLiteral("fr"));
        TempProfile profile{m_clock};
        QVERIFY2(profile.isOpen(), qPrintable(profile.errorString()));
        MainWindow window(m_temp.settings(), m_clock, profile.store());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *firstField = window.findChild<QWidget *>(QStringLiteral("type"));
        QWidget *list = window.findChild<QWidget *>(QStringLiteral("noticeList"));

        // Alt+F opens File, Escape twice leaves the menu and the menu bar, then Ctrl+N.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window,
                        Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), firstField);

        // Alt+F, then N for "Nouvel avis" in the menu.
        const QString before = window.findChild<NoticeEditor *>()->notice().id();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), 'n');
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QVERIFY(window.findChild<NoticeEditor *>()->notice().id() != before);
        QTRY_COMPARE(QApplication::focusWidget(), firstField);

        // With the focus nowhere in the window.
        QApplication::focusWidget()->clearFocus();
        QVERIFY(!QApplication::focusWidget());
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), firstField);
    }

    void everyAction_hasKeys_shownInItsMenuAndTooltip_data() { languages(); }
    void everyAction_hasKeys_shownInItsMenuAndTooltip()
    {
        QFETCH(QString, language);
        Localization::apply(language);
        MainWindow window(m_temp.settings(), m_clock, m_profile->store());
        window.attachPlatform(*m_platform);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int actions = 0;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu())
                    continue;
                ++actions;
                const QString name = QString(action->text()).remove(QLatin1Char('&'));
                QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name + " has no shortcut"));
                const QString keys = action->shortcut().toString(QKeySequence::NativeText);
                // The menu draws the action's shortcut beside its text; the tooltip says it too.
                QVERIFY2(action->toolTip().contains(keys),
                         qPrintable(name + ": the tooltip \"" + action->toolTip() +
                                    "\" does not say " + keys));
            }
        }
        QVERIFY(actions >= 15);
        // No two actions share keys: one would never be reached.
        QHash<QKeySequence, QString> seen;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &keys : action->shortcuts()) {
                QVERIFY2(
                    !seen.contains(keys),
                    qPrintable(keys.toString() + ": " + seen.value(keys) + ", " + action->text()));
                seen.insert(keys, action->text());
            }
        }
    }

private:
    // Every dialog the console opens, with the texts the console gives it, and its name.
    std::vector<std::pair<QString, std::unique_ptr<QDialog>>> everyDialog()
    {
        const Notice notice = TestData::sample(QStringLiteral("siren-test"));
        Notice theirs = notice;
        theirs.setText(QStringLiteral("fr"), QStringLiteral("Autre texte."));
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
        dialogs.emplace_back(QStringLiteral("the send confirmation"),
                             std::make_unique<SendConfirmationDialog>(
                                 notice, ChannelRenderer::context(notice, TestData::sampleNow())));
        // A reason required (end, cancel, request changes), here suggested as an end's is, and
        // a comment optional (approve).
        auto end = std::make_unique<DecisionDialog>(
            QStringLiteral("Terminer"), QStringLiteral("Terminer l'avis ?"),
            ReviewWorkspace::tr("&Reason (required):"), true);
        end->setButtonTexts(QStringLiteral("Terminer l'avis"), QStringLiteral("Garder l'avis"));
        end->setComment(QStringLiteral("L'événement est terminé."));
        dialogs.emplace_back(QStringLiteral("the decision dialog with a required reason"),
                             std::move(end));
        auto approve = std::make_unique<DecisionDialog>(
            QStringLiteral("Approuver"), QStringLiteral("Approuver l'avis ?"),
            ReviewWorkspace::tr("&Comment (optional):"), false);
        approve->setButtonTexts(QStringLiteral("Approuver et publier"),
                                QStringLiteral("Retour à la file"));
        dialogs.emplace_back(QStringLiteral("the decision dialog with an optional comment"),
                             std::move(approve));
        dialogs.emplace_back(QStringLiteral("the settings"),
                             std::make_unique<SettingsDialog>(m_temp.settings()));
        dialogs.emplace_back(QStringLiteral("the sign-in"),
                             std::make_unique<SignInDialog>(m_temp.settings(),
                                                            m_platform->connection(),
                                                            m_platform->session()));
        dialogs.emplace_back(QStringLiteral("the conflict"),
                             std::make_unique<ConflictDialog>(notice, theirs));
        return dialogs;
    }

    // What Tab reaches in the dialog.
    static QList<QWidget *> focusableIn(QDialog *dialog)
    {
        dialog->show();
        QList<QWidget *> controls;
        for (QWidget *w : dialog->findChildren<QWidget *>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisibleTo(dialog) &&
                w->isEnabled() && w->window() == dialog)
                controls.append(w);
        }
        return controls;
    }

    // The dialog shown and active (again, after a key closed it), the keyboard on control.
    static bool focusIn(QDialog *dialog, QWidget *control)
    {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog))
            return false;
        control->setFocus(Qt::TabFocusReason);
        return QApplication::focusWidget() == control;
    }

    std::unique_ptr<TempProfile> m_profile;
    std::unique_ptr<ConsolePlatform> m_platform;
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
