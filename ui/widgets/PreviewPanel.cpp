#include "PreviewPanel.h"

#include "ChannelRenderer.h"
#include "Vocabulary.h"
#include "WebCard.h"

#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewPanel"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("previewLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_web = new QTextBrowser(this);
    m_web->setObjectName(QStringLiteral("preview_web"));
    m_web->setOpenExternalLinks(false);
    // The card's own stylesheet, the one the platform's page uses.
    m_web->document()->setDefaultStyleSheet(WebCard::styleSheet());
    m_tabs->addTab(m_web, QString());
    for (const QString &channel : Vocabulary::channels().mid(1)) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(QLatin1String("preview_") + channel);
        text->setReadOnly(true);
        m_tabs->addTab(text, QString());
        m_texts.append(text);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_tabs);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreviewPanel::refresh);
}

void PreviewPanel::show(const Notice &notice, const RenderContext &context)
{
    m_notice = notice;
    m_context = context;
    refresh();
}

void PreviewPanel::showChannel(int index)
{
    m_tabs->setCurrentIndex(index);
}

void PreviewPanel::refresh()
{
    const QString language = m_language->currentData().toString();
    m_outputs.clear();
    const QStringList &channels = Vocabulary::channels();
    for (int i = 0; i < channels.size(); ++i) {
        const ChannelOutput out =
            ChannelRenderer::render(m_notice, m_context, channels.at(i), language);
        m_outputs.append(out);
        const QString text = out.ok() ? out.text : out.error;
        if (i == 0)
            m_web->setHtml(text);
        else if (m_texts.at(i - 1)->toPlainText() != text)
            m_texts.at(i - 1)->setPlainText(text);
        m_tabs->setTabText(i, title(i));
        m_tabs->setTabToolTip(i, QStringLiteral("Ctrl+%1").arg(i + 1));
        // Over the limit must be unmistakable: red tab text and a warning icon.
        m_tabs->tabBar()->setTabTextColor(i, out.overLimit ? QColor(0xb0, 0x00, 0x20) : QColor());
        m_tabs->setTabIcon(i, out.overLimit ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                            : QIcon());
    }
}

QString PreviewPanel::title(int index) const
{
    static const char *const names[] = {QT_TR_NOOP("Web"), QT_TR_NOOP("Hotline"),
                                        QT_TR_NOOP("X"),   QT_TR_NOOP("Mastodon"),
                                        QT_TR_NOOP("SMS"), QT_TR_NOOP("CAP")};
    const QString name = tr(names[index]);
    if (index >= m_outputs.size())
        return name;
    const ChannelOutput &out = m_outputs.at(index);
    switch (out.unit) {
    case ChannelOutput::Unit::WeightedCharacters:
    case ChannelOutput::Unit::Characters:
        return QStringLiteral("%1 %2/%3").arg(name).arg(out.measure).arg(out.limit);
    case ChannelOutput::Unit::Parts:
        return tr("%1 %n part(s)", nullptr, int(out.measure)).arg(name);
    case ChannelOutput::Unit::Seconds:
        return tr("%1 %2 s").arg(name).arg(qRound(out.measure));
    case ChannelOutput::Unit::None:
        break;
    }
    return name;
}

void PreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_outputs.isEmpty())
        refresh();
    QWidget::changeEvent(event);
}
