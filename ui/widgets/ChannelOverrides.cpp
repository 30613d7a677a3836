#include "ChannelOverrides.h"

#include "SocialPost.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChannelOverrides::ChannelOverrides(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channelOverrides"));
    // One column, so the texts get the composer's whole width.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    for (const QString &channel : channels()) {
        Field field{channel, new QLabel(this), new QPlainTextEdit(this), nullptr};
        field.text->setObjectName(QLatin1String("override_") + channel);
        field.text->setTabChangesFocus(true);
        field.text->setFixedHeight(field.text->fontMetrics().lineSpacing() * 4);
        field.label->setBuddy(field.text);
        column->addWidget(field.label);
        column->addWidget(field.text);
        if (channel != QLatin1String("sms")) {
            field.offer = new QPushButton(this);
            field.offer->setObjectName((channel == QLatin1String("hotline")
                                            ? QLatin1String("startFromText_")
                                            : QLatin1String("shorten_")) +
                                       channel);
            column->addWidget(field.offer, 0, Qt::AlignRight);
            connect(field.offer, &QPushButton::clicked, this,
                    [this, index = m_fields.size()] { offer(m_fields.at(index)); });
        }
        connect(field.text, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_writing)
                emit changed();
        });
        m_fields.append(field);
    }
    retranslate();
}

const QStringList &ChannelOverrides::channels()
{
    // The X post first: it is the one most often over its limit, and the fields below it are
    // out of sight in a composer at 1280×800.
    static const QStringList all = {QStringLiteral("x"), QStringLiteral("mastodon"),
                                    QStringLiteral("sms"), QStringLiteral("hotline")};
    return all;
}

void ChannelOverrides::setContext(const Notice &notice, const RenderContext &context,
                                  const QString &language)
{
    m_notice = notice;
    m_context = context;
    m_language = language;
}

void ChannelOverrides::setNotice(const Notice &notice)
{
    m_notice = notice;
    m_writing = true;
    for (const Field &field : std::as_const(m_fields)) {
        const QString text = notice.override(field.channel);
        if (field.text->toPlainText() != text)
            field.text->setPlainText(text);
    }
    m_writing = false;
}

void ChannelOverrides::apply(Notice &notice) const
{
    for (const Field &field : m_fields)
        notice.setOverride(field.channel, field.text->toPlainText().trimmed());
}

bool ChannelOverrides::hasOverrides() const
{
    for (const Field &field : m_fields) {
        if (!field.text->toPlainText().trimmed().isEmpty())
            return true;
    }
    return false;
}

void ChannelOverrides::setOverflowing(const QStringList &channels,
                                      const QHash<QString, QString> &onlyIn)
{
    if (channels == m_overflowing && onlyIn == m_onlyIn)
        return;
    m_overflowing = channels;
    m_onlyIn = onlyIn;
    retranslate();
}

void ChannelOverrides::offer(const Field &field)
{
    // From the notice, not from a previous override, so the offer is always the same. The
    // hotline's override stands for the text alone: the script's introduction is added anyway.
    if (field.channel == QLatin1String("hotline")) {
        field.text->setPlainText(m_notice.text(QStringLiteral("fr")).trimmed());
    } else {
        Notice composed = m_notice;
        composed.setOverride(field.channel, QString());
        field.text->setPlainText(
            SocialPost::shortened(composed, m_context, field.channel, m_language));
    }
    field.text->setFocus();
}

void ChannelOverrides::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChannelOverrides::retranslate()
{
    for (const Field &field : std::as_const(m_fields)) {
        const bool hotline = field.channel == QLatin1String("hotline");
        const QString name = hotline                                      ? tr("Hotline script")
                             : field.channel == QLatin1String("x")        ? tr("X post")
                             : field.channel == QLatin1String("mastodon") ? tr("Mastodon post")
                                                                          : tr("SMS");
        const bool over = m_overflowing.contains(field.channel);
        // Over in the other language only: its preview tab is not the one in view, say which.
        const QString onlyIn = m_onlyIn.value(field.channel);
        const QString mark = onlyIn == QLatin1String("en")   ? tr("%1 (too long in English)")
                             : onlyIn == QLatin1String("fr") ? tr("%1 (too long in French)")
                                                             : tr("%1 (too long)");
        field.label->setText(over ? mark.arg(name) : name);
        field.label->setStyleSheet(over ? QStringLiteral("color:#b00020;font-weight:bold")
                                        : QString());
        if (hotline) {
            field.text->setAccessibleName(
                tr("Text the hotline says after its introduction, instead of the notice's text"));
            field.text->setPlaceholderText(
                tr("Empty: the notice's French text. For the French script only; the "
                   "introduction, the period and the test or exercise mark are always said."));
            field.offer->setText(tr("Start from the notice's text"));
            field.offer->setAccessibleName(tr("Start the hotline script from the notice's text"));
            continue;
        }
        field.text->setAccessibleName(tr("Text for %1 instead of the composed post").arg(name));
        field.text->setPlaceholderText(tr("Empty: the post composed from the notice"));
        if (field.offer) {
            field.offer->setText(tr("Offer a shortened post"));
            field.offer->setAccessibleName(tr("Offer a shortened %1").arg(name));
        }
    }
}
