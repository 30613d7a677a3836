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
    browser.setVerticalScrollBarPolicy(like.verticalScrollBarPolicy());
    browser.document()->setDefaultStyleSheet(WebCard::styleSheet());
    browser.resize(like.size());
    browser.setHtml(html);
    return browser.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// Counts the widths a text browser's card is laid out at: each resize of its viewport while it
// holds a card lays the card out again.
class CardLayouts : public QObject
{
public:
    explicit CardLayouts(QTextBrowser *browser)
        : m_browser(browser)
    {
        browser->viewport()->installEventFilter(this);
        connect(browser->document(), &QTextDocument::contentsChanged, this, [this] {
            if (!m_browser->document()->isEmpty())
                ++count;
        });
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && !m_browser->document()->isEmpty())
            ++count;
        return QObject::eventFilter(watched, event);
    }

private:
    QTextBrowser *m_browser;
};

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

    void webCard_atStart_isLaidOutOnce()
    {
        // While a window settles the panel is resized several times; a card set before it is
        // shown was laid out at each of those widths.
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *panel = new PreviewPanel(&window);
        layout->addWidget(panel);
        auto *web = panel->findChild<QTextBrowser *>(QStringLiteral("preview_web"));
        const CardLayouts layouts(web);
        panel->show(notice, ChannelRenderer::context(notice, TestData::sampleNow()));
        window.resize(480, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!web->document()->isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(layouts.count, 1);
        QCOMPARE(shown(web), reference(panel->outputs().at(0).text, *web));
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
