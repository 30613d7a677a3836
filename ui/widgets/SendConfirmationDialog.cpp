#include "SendConfirmationDialog.h"

#include "BoldText.h"
#include "ChannelRenderer.h"
#include "NoticeName.h"
#include "PublicationMoment.h"
#include "PublicationRules.h"
#include "SmsCounter.h"
#include "StatusBand.h"
#include "WebCard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

const QStringList &postChannels()
{
    static const QStringList channels = {QStringLiteral("hotline"), QStringLiteral("x"),
                                         QStringLiteral("mastodon"), QStringLiteral("sms")};
    return channels;
}

} // namespace

SendConfirmationDialog::SendConfirmationDialog(const Notice &notice, const RenderContext &context,
                                               bool update, QWidget *parent)
    : QDialog(parent)
    , m_notice(notice)
    , m_context(context)
{
    setObjectName(QStringLiteral("sendConfirmation"));
    // Named as every dialog that decides on a notice is: type, company, site and period.
    setWindowTitle(tr("Check and send: %1").arg(NoticeName::of(notice)));

    m_band = new StatusBand(this);
    m_band->setObjectName(QStringLiteral("confirmationBand"));
    // The last look before sending says it for a real notice too.
    m_band->setRealNoticeText(
        tr("Real notice: residents will see and hear it (%1).").arg(context.territory.name));
    m_band->setStatus(notice.status());
    // Sending is not publishing: said for every status, exercises included.
    m_moment =
        new QLabel(PublicationMoment::sentence(notice.type(), context.territory, update), this);
    m_moment->setObjectName(QStringLiteral("publicationMoment"));
    m_moment->setWordWrap(true);
    m_moment->setTextFormat(Qt::PlainText);
    BoldText::apply(m_moment);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("confirmationLanguage"));
    m_language->setAccessibleName(tr("Language of the previews"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    if (!notice.text(QStringLiteral("en")).trimmed().isEmpty())
        m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setEnabled(m_language->count() > 1);
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    // The card as the platform's page shows it, with the page's own stylesheet.
    m_web = new QTextBrowser(this);
    m_web->setObjectName(QStringLiteral("confirmation_web"));
    m_web->setAccessibleName(tr("Web card"));
    m_web->setOpenExternalLinks(false);
    m_web->setTabChangesFocus(true); // Tab goes on to the posts, not along the card's links
    m_web->document()->setDefaultStyleSheet(WebCard::styleSheet());
    // Narrower would wrap the card too much; wider, French with larger text overflowed a
    // 1024-pixel screen (the posts' titles take the rest).
    m_web->setMinimumWidth(300);
    auto *webBox = new QGroupBox(tr("Web"), this);
    auto *webLayout = new QVBoxLayout(webBox);
    webLayout->addWidget(m_web);

    auto *posts = new QVBoxLayout;
    for (const QString &channel : postChannels()) {
        ChannelView view{channel, new QGroupBox(this), new QPlainTextEdit(this)};
        view.box->setObjectName(QLatin1String("confirmationBox_") + channel);
        view.text->setObjectName(QLatin1String("confirmation_") + channel);
        view.text->setReadOnly(true);
        view.text->setAccessibleName(channelName(channel));
        view.text->setTabChangesFocus(true);
        auto *boxLayout = new QVBoxLayout(view.box);
        boxLayout->addWidget(view.text);
        posts->addWidget(view.box, channel == QLatin1String("sms") ? 1 : 2);
        m_channels.append(view);
    }

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("confirmationProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color:#b00020"));
    BoldText::apply(m_problems);
    m_problems->hide();
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("confirmationWarnings"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->hide();

    auto *buttons = new QDialogButtonBox(this);
    // An action, not the box's accept button: the box would make that one the default button,
    // drawn as if Enter pressed it, while a bare Enter must never publish.
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("confirmSend"));
    m_send->setToolTip(tr("Queue the notice for the platform (Ctrl+Enter)"));
    m_back = buttons->addButton(tr("Back to editing"), QDialogButtonBox::RejectRole);
    m_back->setObjectName(QStringLiteral("backToEditing"));
    m_back->setToolTip(tr("Close this view and go on writing the notice (Escape)"));
    m_send->setAutoDefault(false);
    m_back->setAutoDefault(false);
    connect(m_send, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // With no default button, the way to send is said where the buttons are.
    m_hint = new QLabel(tr("Ctrl+Enter to send"), this);
    m_hint->setObjectName(QStringLiteral("sendHint"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_hint);
    buttonRow->addWidget(buttons, 1);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (canSend())
                accept();
        });
    }

    auto *columns = new QHBoxLayout;
    columns->addWidget(webBox, 1);
    columns->addLayout(posts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_band);
    layout->addWidget(m_moment);
    layout->addLayout(languageRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_warningLabel);
    layout->addLayout(buttonRow);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            &SendConfirmationDialog::showLanguage);
    checkNotice();
    showLanguage();
    m_back->setFocus();
    // As large as is useful, never larger than the screen it opens on (1024×768 included).
    const QRect screen =
        (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(QSize(1100, 720).boundedTo(screen.size() * 0.95));
}

QString SendConfirmationDialog::publicationMoment() const
{
    return m_moment->text();
}

void SendConfirmationDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog would click the default button on a bare Enter; publishing takes Ctrl+Enter.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ControlModifier)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

ChannelOutput SendConfirmationDialog::output(const QString &channel) const
{
    return ChannelRenderer::render(m_notice, m_context, channel,
                                   m_language->currentData().toString());
}

void SendConfirmationDialog::showLanguage()
{
    const ChannelOutput web = output(QStringLiteral("web"));
    m_web->setHtml(web.ok() ? web.text : web.error);
    const QString language = m_language->currentData().toString();
    for (const ChannelView &view : std::as_const(m_channels)) {
        const ChannelOutput out = output(view.channel);
        view.text->setPlainText(out.ok() ? out.text : out.error);
        const auto problem = std::find_if(m_issues.cbegin(), m_issues.cend(), [&](const auto &i) {
            return PublicationRules::isLength(i) &&
                   PublicationRules::channelOf(i) == view.channel &&
                   PublicationRules::languageOf(i) == language;
        });
        const bool blocks = problem != m_issues.cend() && problem->isError();
        const bool warns = problem != m_issues.cend() && !problem->isError();
        view.box->setTitle(channelName(view.channel) + QStringLiteral(" — ") +
                           (blocks  ? tr("%1, OVER THE LIMIT").arg(measure(out))
                            : warns ? tr("%1, too long").arg(measure(out))
                                    : measure(out)));
        // What blocks must be unmistakable here too.
        view.box->setStyleSheet(blocks ? QStringLiteral("QGroupBox{color:#b00020}") : QString());
        BoldText::apply(view.box, blocks);
        BoldText::apply(view.text, false); // the title only
    }
}

void SendConfirmationDialog::checkNotice()
{
    // The rule book decides; the dialog only says it, naming the channel and the language.
    m_issues = PublicationRules::checkAll(m_notice, m_context);
    const bool bilingual = !m_notice.text(QStringLiteral("en")).trimmed().isEmpty();
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        // A channel's sentence names the channel; with two languages, say which one.
        QString line = tr("%1: %2").arg(issue.path, issue.message());
        if (!PublicationRules::channelOf(issue).isEmpty()) {
            // A length names its channel; a warning on a channel's own text does not.
            const QString message =
                PublicationRules::isLength(issue)
                    ? issue.message()
                    : tr("%1: %2").arg(channelName(PublicationRules::channelOf(issue)),
                                       issue.message());
            line = !bilingual ? message
                   : PublicationRules::languageOf(issue) == QLatin1String("en")
                       ? tr("In English: %1").arg(message)
                       : tr("In French: %1").arg(message);
        }
        (issue.isError() ? m_refusals : m_warnings).append(line);
    }
    if (!m_warnings.isEmpty()) {
        m_warningLabel->setText(tr("Sent as it is, but check:") + QStringLiteral("\n• ") +
                                m_warnings.join(QStringLiteral("\n• ")));
        m_warningLabel->setAccessibleName(m_warningLabel->text());
        m_warningLabel->show();
    }
    m_send->setEnabled(canSend());
    m_hint->setVisible(canSend());
    if (!canSend()) {
        m_problems->setText(tr("This notice cannot be sent yet:") + QStringLiteral("\n• ") +
                            m_refusals.join(QStringLiteral("\n• ")));
        m_problems->setAccessibleName(m_problems->text());
        m_problems->show();
    }
}

QString SendConfirmationDialog::channelName(const QString &channel) const
{
    if (channel == QLatin1String("hotline"))
        return tr("Hotline (spoken)");
    if (channel == QLatin1String("x"))
        return tr("X post");
    if (channel == QLatin1String("mastodon"))
        return tr("Mastodon post");
    if (channel == QLatin1String("sms"))
        return tr("SMS");
    return channel;
}

QString SendConfirmationDialog::measure(const ChannelOutput &out) const
{
    if (!out.ok())
        return tr("nothing to publish");
    QString text;
    switch (out.unit) {
    case ChannelOutput::Unit::Seconds:
        text = (out.estimated ? tr("about %1 s of %2 s at most (estimate)")
                              : tr("%1 s of %2 s at most"))
                   .arg(qRound(out.measure))
                   .arg(qRound(out.limit));
        break;
    case ChannelOutput::Unit::WeightedCharacters:
    case ChannelOutput::Unit::Characters:
        text = tr("%1/%2 characters").arg(out.measure).arg(out.limit);
        break;
    case ChannelOutput::Unit::Parts: {
        const SmsCounter::Result sms = SmsCounter::count(out.text);
        text = tr("%n part(s), %1", nullptr, sms.parts).arg(SmsCounter::encodingName(sms.encoding));
        break;
    }
    case ChannelOutput::Unit::None:
        break;
    }
    return text;
}
