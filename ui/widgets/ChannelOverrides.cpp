#include "ChannelOverrides.h"

#include "BoldText.h"
#include "PublicationRules.h"
#include "SocialPost.h"
#include "Vocabulary.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QVBoxLayout>

ChannelOverrides::ChannelOverrides(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("channelOverrides"));
    // One column, so the texts get the composer's whole width.
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_languages = new QTabBar(this);
    m_languages->setObjectName(QStringLiteral("overrideLanguage"));
    m_languages->setDrawBase(false);
    m_languages->addTab(QString());
    m_languages->setTabData(0, QStringLiteral("fr"));
    m_languages->addTab(QString());
    m_languages->setTabData(1, QStringLiteral("en"));
    column->addWidget(m_languages, 0, Qt::AlignLeft);
    connect(m_languages, &QTabBar::currentChanged, this,
            [this](int index) { showLanguage(m_languages->tabData(index).toString()); });
    for (const QString &channel : channels()) {
        Field field{channel, new QLabel(this), new QPlainTextEdit(this),
                    nullptr, new QLabel(this), new QPushButton(this)};
        field.text->setObjectName(QLatin1String("override_") + channel);
        field.text->setTabChangesFocus(true);
        field.text->setFixedHeight(field.text->fontMetrics().lineSpacing() * 4);
        field.label->setBuddy(field.text);
        column->addWidget(field.label);
        column->addWidget(field.text);
        field.note->setObjectName(QLatin1String("overrideNote_") + channel);
        field.note->setWordWrap(true);
        field.note->setStyleSheet(QStringLiteral("color:#8a5300"));
        field.note->hide();
        field.keep->setObjectName(QLatin1String("keep_") + channel);
        field.keep->hide();
        auto *noteRow = new QHBoxLayout;
        noteRow->addWidget(field.note, 1);
        noteRow->addWidget(field.keep, 0, Qt::AlignTop);
        column->addLayout(noteRow);
        connect(field.keep, &QPushButton::clicked, this, [this, channel] {
            m_kept.append(channel + QLatin1Char(':') + m_language);
            emit changed();
        });
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
        connect(field.text, &QPlainTextEdit::textChanged, this, [this, field] {
            if (m_writing)
                return;
            m_texts[m_language].insert(field.channel, field.text->toPlainText().trimmed());
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
    // Follow the previews when they switch language; the user may switch here on their own.
    if (language != m_previewLanguage) {
        m_previewLanguage = language;
        showLanguage(language);
    }
}

void ChannelOverrides::setNotice(const Notice &notice)
{
    m_notice = notice;
    m_texts.clear();
    m_kept.clear();
    for (const QString &language : Vocabulary::languages()) {
        for (const QString &channel : channels())
            m_texts[language].insert(channel, notice.override(channel, language));
    }
    showLanguage(m_language);
}

void ChannelOverrides::showLanguage(const QString &language)
{
    m_language = language;
    for (int i = 0; i < m_languages->count(); ++i) {
        if (m_languages->tabData(i).toString() == language && m_languages->currentIndex() != i)
            m_languages->setCurrentIndex(i); // comes back here once, with the same language
    }
    m_writing = true;
    for (const Field &field : std::as_const(m_fields)) {
        const QString text = m_texts.value(language).value(field.channel);
        if (field.text->toPlainText().trimmed() != text)
            field.text->setPlainText(text);
    }
    m_writing = false;
    retranslate();
}

void ChannelOverrides::apply(Notice &notice)
{
    for (auto language = m_texts.cbegin(); language != m_texts.cend(); ++language) {
        for (auto text = language->cbegin(); text != language->cend(); ++text)
            notice.setOverride(text.key(), language.key(), text.value());
    }
    for (const QString &kept : std::as_const(m_kept))
        notice.confirmOverride(kept.section(QLatin1Char(':'), 0, 0),
                               kept.section(QLatin1Char(':'), 1));
    m_kept.clear();
}

bool ChannelOverrides::hasOverrides() const
{
    for (const auto &language : m_texts) {
        for (const QString &text : language) {
            if (!text.isEmpty())
                return true;
        }
    }
    return false;
}

void ChannelOverrides::setIssues(const ValidationIssues &issues)
{
    m_issues = issues;
    showNotes();
}

void ChannelOverrides::showNotes()
{
    for (const Field &field : std::as_const(m_fields)) {
        const auto issue = std::find_if(m_issues.cbegin(), m_issues.cend(), [&](const auto &i) {
            return !PublicationRules::isLength(i) &&
                   i.path.startsWith(QLatin1String("overrides.")) &&
                   PublicationRules::channelOf(i) == field.channel &&
                   PublicationRules::languageOf(i) == m_language;
        });
        const bool shown = issue != m_issues.cend();
        field.note->setText(shown ? issue->message() : QString());
        field.note->setVisible(shown);
        field.keep->setVisible(shown && issue->code == QLatin1String("override_stale"));
    }
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
        field.text->setPlainText(m_notice.text(m_language).trimmed());
    } else {
        Notice composed = m_notice;
        composed.setOverride(field.channel, m_language, QString());
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
    m_languages->setTabText(0, tr("French"));
    m_languages->setTabText(1, tr("English"));
    m_languages->setAccessibleName(tr("Language of the texts for one channel"));
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
        field.label->setStyleSheet(over ? QStringLiteral("color:#b00020") : QString());
        BoldText::apply(field.label, over);
        if (hotline) {
            field.text->setAccessibleName(
                tr("Text the hotline says after its introduction, instead of the notice's text"));
            field.text->setPlaceholderText(
                tr("Empty: the notice's text in this language. The introduction, the period and "
                   "the test or exercise mark are always said."));
            field.offer->setText(tr("Start from the notice's text"));
            field.offer->setAccessibleName(tr("Start the hotline script from the notice's text"));
        } else {
            field.text->setAccessibleName(tr("Text for %1 instead of the composed post").arg(name));
            field.text->setPlaceholderText(tr("Empty: the post composed from the notice"));
        }
        if (field.offer && !hotline) {
            field.offer->setText(tr("Offer a shortened post"));
            field.offer->setAccessibleName(tr("Offer a shortened %1").arg(name));
        }
        field.keep->setText(tr("Keep it as it is"));
        field.keep->setAccessibleName(
            tr("Keep this text as it is: it still agrees with the notice's text"));
    }
    showNotes();
}
