#include "ChannelRenderer.h"
#include "PreviewPanel.h"
#include "TestData.h"
#include "WebCard.h"

#include <QEvent>
#include <QImage>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

// Counts the LayoutRequest events a widget receives.
class LayoutRequests : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The web card as a fresh QTextBrowser shows it, without anything kept from an earlier card.
QImage reference(const QString &html, const QTextBrowser &like)
{
    QTextBrowser browser;
    browser.setFont(like.font());
    browser.document()->setDefaultStyleSheet(WebCard::styleSheet());
    browser.resize(like.size());
    browser.setHtml(html);
    return browser.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QImage shown(QTextBrowser *browser)
{
    return browser->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

} // namespace

// The preview panel's own speed measures (bench/ui/bench_startup) must not change what it shows.
class TestPreviewPanel : public QObject
{
    Q_OBJECT

private slots:
    void webCard_withKeptIcons_looksLikeAFreshOne()
    {
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QVERIFY(!notice.effects().isEmpty());
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        PreviewPanel panel;
        panel.resize(480, 900);
        panel.show(notice, context);
        panel.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *web = panel.findChild<QTextBrowser *>(QStringLiteral("preview_web"));
        QVERIFY(web);
        QCOMPARE(shown(web), reference(panel.outputs().at(0).text, *web));

        // A second card, set over the first: its icons still drawn, its new text shown.
        notice.setText(QStringLiteral("fr"), notice.text(QStringLiteral("fr")) +
                                                 QStringLiteral(" Merci de votre compréhension."));
        panel.show(notice, context);
        QVERIFY(panel.outputs().at(0).text.contains(QStringLiteral("compréhension")));
        QCOMPARE(shown(web), reference(panel.outputs().at(0).text, *web));
    }

    void counterChange_staysInsideThePanel()
    {
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *panel = new PreviewPanel(&window);
        layout->addWidget(panel);
        window.resize(480, 700);
        panel->show(notice, context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        auto *tabs = panel->findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        const QString before = tabs->tabText(2);

        LayoutRequests requests;
        window.installEventFilter(&requests);
        notice.setText(QStringLiteral("fr"), notice.text(QStringLiteral("fr")) + QLatin1Char('!'));
        panel->show(notice, context);
        QCoreApplication::processEvents();
        // The X counter moved, and the window around the panel was not asked to lay out again
        // (which would repaint all of it at every keystroke).
        QVERIFY2(tabs->tabText(2) != before, qPrintable(tabs->tabText(2)));
        QCOMPARE(requests.count, 0);
    }
};

QTEST_MAIN(TestPreviewPanel)
#include "tst_previewpanel.moc"
