#include "PreviewPanel.h"

#include "ChannelRenderer.h"
#include "HotlinePlayer.h"
#include "SpokenHotline.h"
#include "Vocabulary.h"
#include "WebCard.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
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
    // Without the frame around the pages: each counter change repaints the tab widget, and
    // drawing that frame cost more than the rest of the repaint.
    m_tabs->setDocumentMode(true);
    m_web = new QTextBrowser(this);
    m_web->setObjectName(QStringLiteral("preview_web"));
    m_web->setOpenExternalLinks(false);
    m_web->setTabChangesFocus(true); // Tab goes on, not along the card's links
    // The card's own stylesheet, the one the platform's page uses.
    m_web->document()->setDefaultStyleSheet(WebCard::styleSheet());
    // With the scroll bar coming and going, a card about as tall as the view was laid out again
    // and again at two widths.
    m_web->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_tabs->addTab(m_web, QString());
    m_web->viewport()->installEventFilter(this);
    for (const QString &channel : Vocabulary::channels().mid(1)) {
        auto *text = new QPlainTextEdit(this);
        text->setObjectName(QLatin1String("preview_") + channel);
        text->setReadOnly(true);
        text->setTabChangesFocus(true);
        text->viewport()->installEventFilter(this);
        m_tabs->addTab(channel == QLatin1String("hotline") ? hotlinePage(text) : text, QString());
        m_texts.append(text);
    }
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, QStringLiteral("Ctrl+%1").arg(i + 1));
    // The tab titles change at every keystroke. A layout on the panel itself would pass each
    // change up to the main window, which then repaints whole; the panel places its content by
    // hand (resizeEvent), which ends that chain here.
    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_tabs);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        emit languageChanged(language());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &PreviewPanel::fill);
    retranslateListen();
    nameTabs();
}

QWidget *PreviewPanel::hotlinePage(QPlainTextEdit *script)
{
    m_player = new HotlinePlayer(this);
    auto *page = new QWidget(this);
    m_listen = new QPushButton(page);
    m_listen->setObjectName(QStringLiteral("listenHotline"));
    m_listen->setEnabled(false);
    m_stop = new QPushButton(page);
    m_stop->setObjectName(QStringLiteral("stopHotline"));
    m_stop->setEnabled(false);
    m_position = new QLabel(page);
    m_position->setObjectName(QStringLiteral("listenPosition"));
    m_listenProblem = new QLabel(page);
    m_listenProblem->setObjectName(QStringLiteral("listenProblem"));
    m_listenProblem->setWordWrap(true);
    m_listenProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_listenProblem->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_listen);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_position);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(script, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_listenProblem);
    connect(m_listen, &QPushButton::clicked, this, &PreviewPanel::listen);
    connect(m_stop, &QPushButton::clicked, this, &PreviewPanel::stopListening);
    connect(m_player, &HotlinePlayer::playingChanged, this, [this](bool playing) {
        enableListen();
        if (playing)
            m_stop->setFocus();
        else if (m_stop->hasFocus())
            m_listen->setFocus();
    });
    connect(m_player, &HotlinePlayer::positionChanged, this, &PreviewPanel::showPosition);
    connect(m_player, &HotlinePlayer::problem, this, &PreviewPanel::showListenProblem);
    return page;
}

void PreviewPanel::setVoice(SpokenHotline *voice)
{
    m_voice = voice;
    connect(m_voice, &SpokenHotline::said, this, &PreviewPanel::playWhenSaid);
    enableListen();
}

void PreviewPanel::enableListen()
{
    m_listen->setEnabled(m_voice && HotlinePlayer::unavailable().isEmpty() &&
                         !m_player->isPlaying() && !m_waitingForVoice && m_outputs.size() > 1 &&
                         m_outputs.at(1).ok());
    m_stop->setEnabled(m_player->isPlaying() || m_waitingForVoice);
}

void PreviewPanel::listen()
{
    if (!m_voice || m_outputs.size() < 2 || !m_outputs.at(1).ok())
        return;
    m_listenProblem->hide();
    const QByteArray wav = m_voice->audio(m_outputs.at(1).text, m_context.wordsPerMinute);
    if (!wav.isEmpty()) {
        m_player->play(wav);
        return;
    }
    // Not said yet (typing just paused): said now, and played as soon as it is.
    if (m_voice->sayNow()) {
        m_waitingForVoice = true;
        m_position->setText(tr("Preparing the voice…"));
        enableListen();
        return;
    }
    showListenProblem(m_voice->problem());
}

void PreviewPanel::playWhenSaid()
{
    if (!m_waitingForVoice || m_voice->busy())
        return; // the script shown is said next
    m_waitingForVoice = false;
    m_position->clear();
    enableListen();
    listen();
}

void PreviewPanel::stopListening()
{
    m_waitingForVoice = false;
    m_player->stop();
    enableListen();
}

void PreviewPanel::showPosition(qint64 positionMs, qint64 durationMs)
{
    const auto time = [](qint64 ms) {
        const qint64 seconds = (ms + 500) / 1000;
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    };
    m_position->setText(QStringLiteral("%1 / %2").arg(time(positionMs), time(durationMs)));
}

void PreviewPanel::showListenProblem(const QString &message)
{
    m_waitingForVoice = false;
    m_listenProblem->setText(message);
    m_listenProblem->setAccessibleName(message);
    m_listenProblem->show();
    enableListen();
}

void PreviewPanel::retranslateListen()
{
    m_listen->setText(tr("Listen"));
    m_listen->setAccessibleName(tr("Listen to the hotline script"));
    const QString cannotPlay = HotlinePlayer::unavailable();
    m_listen->setToolTip(cannotPlay.isEmpty()
                             ? tr("Play the audio file the phone line will play for this script")
                             : cannotPlay);
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop playing"));
    m_position->setAccessibleName(tr("Position in the hotline audio"));
}

void PreviewPanel::show(const Notice &notice, const RenderContext &context)
{
    m_notice = notice;
    m_context = context;
    refresh();
}

void PreviewPanel::clear()
{
    m_notice = Notice();
    m_outputs.clear();
    m_stale.fill(false);
    m_overLimit.fill(false);
    m_titled = false;
    m_webHtml.clear();
    m_web->clear();
    for (QPlainTextEdit *text : std::as_const(m_texts))
        text->clear();
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->tabBar()->setTabTextColor(i, QColor());
        m_tabs->setTabIcon(i, QIcon());
    }
    nameTabs();
    m_listen->setEnabled(false);
}

void PreviewPanel::nameTabs()
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, title(i));
        QWidget *page = i == 0 ? static_cast<QWidget *>(m_web) : m_texts.at(i - 1);
        page->setAccessibleName(tr("Preview: %1").arg(title(i)));
    }
}

QString PreviewPanel::language() const
{
    return m_language->currentData().toString();
}

void PreviewPanel::showChannel(int index)
{
    m_tabs->setCurrentIndex(index);
}

void PreviewPanel::refresh()
{
    const QString language = this->language();
    m_outputs.clear();
    const QStringList &channels = Vocabulary::channels();
    for (int i = 0; i < channels.size(); ++i) {
        const ChannelOutput out =
            ChannelRenderer::render(m_notice, m_context, channels.at(i), language);
        m_outputs.append(out);
        // Laying the text out is most of a preview's cost: only the tab in view is filled at
        // once, the others when they are shown.
        m_stale[i] = true;
        if (i == m_tabs->currentIndex() && isVisible())
            fill(i);
        // Each change to a tab relayouts the tab bar: only what differs is set.
        if (const QString text = title(i); m_tabs->tabText(i) != text) {
            m_tabs->setTabText(i, text);
            // A screen reader names the preview as its tab does, counter included.
            QWidget *page = i == 0 ? static_cast<QWidget *>(m_web) : m_texts.at(i - 1);
            page->setAccessibleName(tr("Preview: %1").arg(text));
        }
        if (m_overLimit[i] != out.overLimit || !m_titled) {
            // Over the limit must be unmistakable: red tab text and a warning icon.
            m_overLimit[i] = out.overLimit;
            m_tabs->tabBar()->setTabTextColor(i,
                                              out.overLimit ? QColor(0xb0, 0x00, 0x20) : QColor());
            m_tabs->setTabIcon(
                i, out.overLimit ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        }
    }
    m_titled = true;
    enableListen();
    // Titles grown past the panel (more digits, a warning icon): the window may have the room.
    if (const int need = m_tabs->tabBar()->sizeHint().width();
        need > width() && need != m_tabsNeed) {
        m_tabsNeed = need;
        emit tabsOutgrown();
    }
}

void PreviewPanel::fill(int index)
{
    if (index < 0 || index >= m_outputs.size() || !m_stale[index])
        return;
    m_stale[index] = false;
    const ChannelOutput &out = m_outputs.at(index);
    const QString text = out.ok() ? out.text : out.error;
    if (index == 0) {
        // Fields the card does not show leave it as it is: no new layout.
        if (text == m_webHtml)
            return;
        m_webHtml = text;
        keepImages(text);
        m_web->setHtml(text);
    } else if (m_texts.at(index - 1)->toPlainText() != text)
        m_texts.at(index - 1)->setPlainText(text);
}

void PreviewPanel::keepImages(const QString &html)
{
    // setHtml forgets the images it decoded, so the card's SVG icons (data: URIs) would be
    // parsed and drawn again at every keystroke; resources added to the document are kept.
    static const QLatin1String attribute("src=\"");
    static const QLatin1String base64(";base64,");
    for (qsizetype at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at)) {
        at += attribute.size();
        const qsizetype end = html.indexOf(QLatin1Char('"'), at);
        const QString uri = html.mid(at, end - at);
        const qsizetype payload = uri.indexOf(base64);
        if (end < 0 || !uri.startsWith(QLatin1String("data:")) || payload < 0 ||
            m_images.contains(uri))
            continue;
        m_images.insert(uri);
        QPixmap image;
        if (image.loadFromData(QByteArray::fromBase64(uri.mid(payload + base64.size()).toLatin1())))
            m_web->document()->addResource(QTextDocument::ImageResource, QUrl(uri), image);
    }
}

void PreviewPanel::resizeEvent(QResizeEvent *event)
{
    m_content->setGeometry(rect());
    QWidget::resizeEvent(event);
}

bool PreviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Until the window is shown and settled the panel is resized several times, and the card
    // would be laid out at each width: a page is filled when its view is about to be painted.
    if (event->type() == QEvent::Paint) {
        if (watched == m_web->viewport())
            fill(0);
        for (qsizetype i = 0; i < m_texts.size(); ++i) {
            if (watched == m_texts.at(i)->viewport())
                fill(int(i) + 1);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QSize PreviewPanel::sizeHint() const
{
    // Wide enough for every channel's tab: a tab widget with scroll arrows asks for 200 pixels.
    return m_content->sizeHint().expandedTo(QSize(m_tabs->tabBar()->sizeHint().width(), 0));
}

QSize PreviewPanel::minimumSizeHint() const
{
    return m_content->minimumSizeHint();
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
        // "≈" until the voice has said it: the words' estimate, not the real duration.
        return (out.estimated ? tr("%1 ≈ %2 s") : tr("%1 %2 s")).arg(name).arg(qRound(out.measure));
    case ChannelOutput::Unit::None:
        break;
    }
    return name;
}

void PreviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateListen();
        if (m_outputs.isEmpty())
            nameTabs();
        else
            refresh();
    }
    QWidget::changeEvent(event);
}
