#include "ConflictDialog.h"
#include "Localization.h"
#include "NoticeName.h"
#include "TestData.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

// Both versions of a notice in conflict side by side, and the notice each choice sends again.
class TestConflictDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Localization::apply(QStringLiteral("en"));
        m_mine = TestData::sample(QStringLiteral("flaring-maintenance"));
        m_mine.setText(QStringLiteral("fr"), QStringLiteral("Torchage prolongé jusqu'à 20 h."));
        m_mine.setEnd(m_mine.end()->addSecs(3600));
        // The platform's: someone added an effect and reworded the text.
        m_platform = TestData::sample(QStringLiteral("flaring-maintenance"));
        m_platform.setText(QStringLiteral("fr"), QStringLiteral("Torchage visible ce soir."));
        m_platform.setEffects(m_platform.effects() << QStringLiteral("smoke"));
    }

    void bothVersions_areShown_andDifferencesMarked()
    {
        ConflictDialog dialog(m_mine, m_platform);
        QStringList texts;
        for (auto *edit : dialog.findChildren<QPlainTextEdit *>())
            texts.append(edit->toPlainText());
        QVERIFY(texts.contains(m_mine.text(QStringLiteral("fr"))));
        QVERIFY(texts.contains(m_platform.text(QStringLiteral("fr"))));
        QStringList labels;
        for (auto *label : dialog.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY(labels.contains(QStringLiteral("Text (French) (differs)")));
        QVERIFY(labels.contains(QStringLiteral("Period (differs)")));
        QVERIFY(labels.contains(QStringLiteral("Effects (differs)")));
        QVERIFY(labels.contains(QStringLiteral("Status")));
        QVERIFY(labels.contains(QStringLiteral("Text (English)")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QStringLiteral("conflictdialog.png"));
    }

    // Which notice is in conflict, as the end and decision dialogs name one: type, company, site
    // and period (the officer's version's).
    void title_namesTheNotice()
    {
        ConflictDialog dialog(m_mine, m_platform);
        QCOMPARE(dialog.windowTitle(),
                 QStringLiteral("The notice changed on the platform: ") + NoticeName::of(m_mine));
        QVERIFY(!m_mine.company().isEmpty());
        QVERIFY(dialog.windowTitle().contains(m_mine.company())); // named, not by its id
    }

    // The coordinator's comment often explains the change: it is shown above both versions.
    void coordinatorsComment_isShown_onlyWhenThereIsOne()
    {
        ConflictDialog silent(m_mine, m_platform);
        QVERIFY(silent.findChild<QLabel *>(QStringLiteral("conflictDecision"))->isHidden());
        const QString word =
            QStringLiteral("Changes requested by coord.anne: Je corrige le texte.");
        ConflictDialog dialog(m_mine, m_platform, word);
        auto *decision = dialog.findChild<QLabel *>(QStringLiteral("conflictDecision"));
        QVERIFY(!decision->isHidden());
        QCOMPARE(decision->text(), word);
    }

    void eachChoice_givesItsNotice()
    {
        ConflictDialog dialog(m_mine, m_platform);
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::KeepMine);
        QCOMPARE(dialog.result(), m_mine);
        QVERIFY(!dialog.mergedText()->isEnabled());

        dialog.findChild<QRadioButton *>(QStringLiteral("conflictChoice_1"))->click();
        QCOMPARE(dialog.choice(), ConflictDialog::Choice::TakePlatform);
        QCOMPARE(dialog.result(), m_platform);

        dialog.findChild<QRadioButton *>(QStringLiteral("conflictChoice_2"))->click();
        QVERIFY(dialog.mergedText()->isEnabled());
        QCOMPARE(dialog.mergedText()->toPlainText(), m_mine.text(QStringLiteral("fr")));
        dialog.mergedText()->moveCursor(QTextCursor::End);
        QTest::keyClicks(dialog.mergedText(), QStringLiteral(" Visible ce soir."));
        const Notice merged = dialog.result();
        QCOMPARE(merged.text(QStringLiteral("fr")),
                 QStringLiteral("Torchage prolongé jusqu'à 20 h. Visible ce soir."));
        QCOMPARE(merged.end(), m_mine.end());
        QCOMPARE(merged.effects(), m_mine.effects());
        QCOMPARE(merged.id(), m_mine.id());
        dialog.findChild<QPushButton *>(QStringLiteral("conflictResend"))->click();
        QCOMPARE(dialog.result(), merged);
        QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
    }

private:
    Notice m_mine;
    Notice m_platform;
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
