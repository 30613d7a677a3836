#include "NoticeEditor.h"

#include "ChannelOverrides.h"
#include "EffectButtons.h"
#include "FlowLayout.h"
#include "NoticeTemplate.h"
#include "NoticeValidator.h"
#include "PeriodConsistency.h"
#include "QuickPeriod.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

// The date-time edits show the territory's wall-clock time whatever the machine's zone: they
// hold it as if it were UTC, and it is read back in the territory's zone.
QDateTime asWallClock(const QDateTime &time, const QTimeZone &zone)
{
    const QDateTime local = time.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime fromWallClock(const QDateTime &wall, const QTimeZone &zone)
{
    return QDateTime(wall.date(), wall.time(), zone);
}

QDateTimeEdit *timeEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTimeSpec(Qt::UTC);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    return edit;
}

} // namespace

NoticeEditor::NoticeEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("noticeEditor"));
    build();
    retranslate();
    startNew(QStringLiteral("flaring"));
}

void NoticeEditor::build()
{
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &type : Vocabulary::types())
        m_type->addItem(QString(), type);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (const QString &status : Vocabulary::statuses())
        m_status->addItem(QString(), status);
    m_territory = new QComboBox(this);
    m_territory->setObjectName(QStringLiteral("territory"));
    for (const Territory &t : TerritoryCatalog::builtIn().all())
        m_territory->addItem(t.name, t.id);
    m_company = new QLineEdit(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_siteName = new QLineEdit(this);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteCompleter = new QCompleter(new QStringListModel(this), this);
    m_siteCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_siteCompleter->setFilterMode(Qt::MatchContains);
    m_siteName->setCompleter(m_siteCompleter);
    connect(m_siteCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &NoticeEditor::pickSite);
    m_commune = new QLineEdit(this);
    m_commune->setObjectName(QStringLiteral("commune"));
    m_start = timeEdit(this, "start");
    auto *startRow = new QWidget(this);
    auto *startLayout = new QHBoxLayout(startRow);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_start, 1);
    // An event already under way starts now, not at the next full hour the template offers.
    m_startNow = new QPushButton(startRow);
    m_startNow->setObjectName(QStringLiteral("startNow"));
    connect(m_startNow, &QPushButton::clicked, this, &NoticeEditor::setStartNow);
    startLayout->addWidget(m_startNow);
    m_end = timeEdit(this, "end");

    auto *endRow = new QWidget(this);
    auto *endColumn = new QVBoxLayout(endRow);
    endColumn->setContentsMargins(0, 0, 0, 0);
    // The quick buttons go under the end's field when the row has not the room for them.
    auto *endLine = new QWidget(endRow);
    auto *endLayout = new FlowLayout(endLine);
    endLayout->setContentsMargins(0, 0, 0, 0);
    endColumn->addWidget(endLine);
    m_end->setSizePolicy(QSizePolicy::Expanding, m_end->sizePolicy().verticalPolicy());
    endLayout->addWidget(m_end);
    const std::pair<const char *, std::function<void()>> quick[] = {
        {"quick1h", [this] { setEndIn(1); }},
        {"quick4h", [this] { setEndIn(4); }},
        {"quickTonight", [this] { setEndTonight(); }},
    };
    for (const auto &[name, action] : quick) {
        auto *button = new QPushButton(endLine);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, action);
        endLayout->addWidget(button);
        m_quickButtons.append(button);
    }
    // Tab follows the order widgets are made in: each one is made where it shows, row by row.
    m_openEnded = new QCheckBox(endRow);
    m_openEnded->setObjectName(QStringLiteral("untilFurtherNotice"));
    endColumn->addWidget(m_openEnded);

    m_effects = new EffectButtons(this);
    m_intermittent = new QCheckBox(this);
    m_intermittent->setObjectName(QStringLiteral("intermittent"));
    m_texts = new QTabWidget(this); // its tabs above the texts
    m_texts->setObjectName(QStringLiteral("texts"));
    m_textFr = new QPlainTextEdit(this);
    m_textFr->setObjectName(QStringLiteral("textFr"));
    m_textEn = new QPlainTextEdit(this);
    m_textEn->setObjectName(QStringLiteral("textEn"));
    // Tab goes on to the next field: the texts are no place for tab characters.
    m_textFr->setTabChangesFocus(true);
    m_textEn->setTabChangesFocus(true);
    m_texts->addTab(m_textFr, QStringLiteral("Français"));
    m_texts->addTab(m_textEn, QStringLiteral("English"));
    auto *textsRow = new QWidget(this);
    auto *textsLayout = new QVBoxLayout(textsRow);
    textsLayout->setContentsMargins(0, 0, 0, 0);
    textsLayout->addWidget(m_texts);
    m_rewritePeriod = new QPushButton(textsRow);
    m_rewritePeriod->setObjectName(QStringLiteral("rewritePeriod"));
    m_rewritePeriod->hide();
    textsLayout->addWidget(m_rewritePeriod, 0, Qt::AlignLeft);
    connect(m_rewritePeriod, &QPushButton::clicked, this, &NoticeEditor::rewritePeriod);
    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("link"));
    m_link->setPlaceholderText(QStringLiteral("https://www.allo-industrie.com/…"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    auto *overridesRow = new QWidget(this);
    auto *overridesLayout = new QVBoxLayout(overridesRow);
    overridesLayout->setContentsMargins(0, 0, 0, 0);
    m_showOverrides = new QPushButton(overridesRow);
    m_showOverrides->setObjectName(QStringLiteral("showOverrides"));
    m_showOverrides->setCheckable(true);
    m_overrides = new ChannelOverrides(overridesRow);
    m_overrides->hide();
    overridesLayout->addWidget(m_showOverrides, 0, Qt::AlignLeft);
    overridesLayout->addWidget(m_overrides);
    connect(m_showOverrides, &QPushButton::toggled, m_overrides, &QWidget::setVisible);
    connect(m_overrides, &ChannelOverrides::changed, this, &NoticeEditor::changed);

    m_form = new QFormLayout;
    // Narrow (1024 pixels, larger text), a field goes under its label rather than off the right.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // An Alt+letter for each field but the rare ones (territory, rhythm, link, contact, texts
    // per channel): the menus, tabs and these labels share 26 letters, in French as in English.
    addRow(QT_TR_NOOP("T&ype"), m_type, QStringLiteral("type"));
    addRow(QT_TR_NOOP("&Status"), m_status, QStringLiteral("status"));
    addRow(QT_TR_NOOP("Territory"), m_territory, QStringLiteral("territory"));
    addRow(QT_TR_NOOP("Com&pany"), m_company, QStringLiteral("company"));
    addRow(QT_TR_NOOP("S&ite"), m_siteName, QStringLiteral("site.name"));
    addRow(QT_TR_NOOP("Comm&une"), m_commune, QStringLiteral("site.commune"));
    addRow(QT_TR_NOOP("St&art"), startRow, QStringLiteral("start"), m_start);
    addRow(QT_TR_NOOP("En&d"), endRow, QStringLiteral("end"), m_end);
    addRow(QT_TR_NOOP("Effe&cts"), m_effects, QStringLiteral("effects"));
    addRow(QT_TR_NOOP("Rhythm"), m_intermittent, QStringLiteral("intermittent"));
    addRow(QT_TR_NOOP("&Text"), textsRow, QStringLiteral("text.fr"), m_texts);
    m_problems.insert(QStringLiteral("text.en"), m_problems.value(QStringLiteral("text.fr")));
    addRow(QT_TR_NOOP("Link"), m_link, QStringLiteral("link"));
    addRow(QT_TR_NOOP("Contact"), m_contact, QStringLiteral("contact"));
    addRow(QT_TR_NOOP("Per channel"), overridesRow, QStringLiteral("overrides"), m_showOverrides);
    m_otherProblems = new QLabel(this);
    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));
    m_otherProblems->setWordWrap(true);
    m_form->addRow(m_otherProblems);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(m_form);
    outer->addStretch();

    for (QComboBox *box : {m_type, m_status, m_territory})
        connect(box, &QComboBox::currentIndexChanged, this, &NoticeEditor::changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NoticeEditor::applyType);
    for (QLineEdit *edit : {m_company, m_siteName, m_commune, m_link, m_contact})
        connect(edit, &QLineEdit::textEdited, this, &NoticeEditor::changed);
    for (QDateTimeEdit *edit : {m_start, m_end})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &NoticeEditor::changed);
    for (QCheckBox *box : {m_openEnded, m_intermittent})
        connect(box, &QCheckBox::toggled, this, &NoticeEditor::changed);
    connect(m_effects, &EffectButtons::effectsChanged, this, &NoticeEditor::changed);
    for (QPlainTextEdit *edit : {m_textFr, m_textEn}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            // Once the user writes their own text, the template no longer rewrites it.
            if (!m_writing)
                m_textFollowsTemplate = false;
            changed();
        });
    }
    // The fields' own undo would take back one field's keystrokes only; the composer's takes
    // back the notice as the user saw it, template text and all.
    const QList<QWidget *> fields = {m_textFr, m_textEn,  m_company, m_siteName, m_commune,
                                     m_link,   m_contact, m_start,   m_end};
    for (QWidget *field : fields) {
        field->installEventFilter(this);
        for (QLineEdit *inner : field->findChildren<QLineEdit *>())
            inner->installEventFilter(this);
    }
}

bool NoticeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool isUndo = key->matches(QKeySequence::Undo);
        const bool isRedo = key->matches(QKeySequence::Redo);
        if (isUndo || isRedo) {
            if (event->type() == QEvent::KeyPress)
                isUndo ? undo() : redo();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoticeEditor::setAccount(const QString &company, const QList<QJsonObject> &sites)
{
    m_accountCompany = company;
    if (m_notice.company().isEmpty() && !company.isEmpty()) {
        m_notice.setCompany(company);
        m_company->setText(company);
        // Filled in for the user, not by them: an untouched notice stays untouched.
        const bool touched = m_touched;
        if (!touched)
            m_history.reset(m_notice);
        changed();
        m_touched = touched;
    }
    m_accountSites = sites;
    QStringList names;
    for (const QJsonObject &site : sites)
        names.append(site.value(QStringLiteral("name")).toString());
    static_cast<QStringListModel *>(m_siteCompleter->model())->setStringList(names);
    preselectSite();
}

void NoticeEditor::pickSite(const QString &name)
{
    for (const QJsonObject &site : std::as_const(m_accountSites)) {
        if (site.value(QStringLiteral("name")).toString() != name)
            continue;
        Site picked = m_notice.site();
        picked.id = site.value(QStringLiteral("id")).toString();
        picked.name = name;
        picked.commune = site.value(QStringLiteral("commune")).toString();
        if (site.contains(QStringLiteral("lat")) && site.contains(QStringLiteral("lon"))) {
            picked.lat = site.value(QStringLiteral("lat")).toDouble();
            picked.lon = site.value(QStringLiteral("lon")).toDouble();
        }
        m_notice.setSite(picked);
        m_notice.setCompany(site.value(QStringLiteral("company")).toString());
        const QString territory = site.value(QStringLiteral("territory")).toString();
        if (!territory.isEmpty())
            m_notice.setTerritory(territory);
        writeFields();
        changed();
        return;
    }
}

void NoticeEditor::setOverflowing(const QStringList &channels, const RenderContext &context,
                                  const QString &language, const QHash<QString, QString> &onlyIn)
{
    m_overrides->setContext(m_notice, context, language);
    m_overrides->setOverflowing(channels, onlyIn);
    QStringList relevant;
    for (const QString &channel : channels) {
        if (ChannelOverrides::channels().contains(channel))
            relevant.append(channel);
    }
    // An overflowing post opens the texts once; the user may close them again.
    if (!relevant.isEmpty() && relevant != m_shownFor)
        m_showOverrides->setChecked(true);
    m_shownFor = relevant;
}

void NoticeEditor::setChannelIssues(const ValidationIssues &issues)
{
    m_overrides->setIssues(issues);
}

void NoticeEditor::undo()
{
    if (!m_history.canUndo())
        return;
    m_notice = m_history.undo();
    writeFields();
    changed();
}

void NoticeEditor::redo()
{
    if (!m_history.canRedo())
        return;
    m_notice = m_history.redo();
    writeFields();
    changed();
}

void NoticeEditor::addRow(const char *label, QWidget *field, const QString &path, QWidget *buddy)
{
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto *problem = new QLabel(container);
    problem->setObjectName(QLatin1String("problem_") + path);
    problem->setWordWrap(true);
    // A line is kept for the field's problem whether it has one or not: the fields below stay
    // where they are when "required" comes and goes (a click would land in the next field).
    problem->setMinimumHeight(problem->fontMetrics().lineSpacing());
    layout->addWidget(problem);
    auto *rowLabel = new QLabel(this);
    // The label's Alt+letter goes to a field that takes the keyboard, not to its row.
    rowLabel->setBuddy(buddy ? buddy : field);
    m_form->addRow(rowLabel, container);
    m_rowLabels.append({rowLabel, label});
    m_problems.insert(path, problem);
}

void NoticeEditor::retranslate()
{
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, Vocabulary::typeLabel(m_type->itemData(i).toString()));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, Vocabulary::statusLabel(m_status->itemData(i).toString()));
    for (const auto &[rowLabel, label] : m_rowLabels) {
        rowLabel->setText(tr(label));
        // A screen reader names a text or list field as its label does.
        if (QWidget *buddy = rowLabel->buddy();
            qobject_cast<QLineEdit *>(buddy) || qobject_cast<QComboBox *>(buddy))
            buddy->setAccessibleName(tr(label).remove(QLatin1Char('&')));
    }
    m_startNow->setText(tr("Now"));
    m_startNow->setToolTip(tr("The event starts now"));
    m_startNow->setAccessibleName(tr("Start now"));
    m_openEnded->setText(tr("Until further notice"));
    m_intermittent->setText(tr("Intermittent"));
    m_showOverrides->setText(tr("Texts for one channel…"));
    m_showOverrides->setAccessibleName(tr("Show the texts written for one channel"));
    m_rewritePeriod->setText(tr("Rewrite the period in the texts"));
    m_rewritePeriod->setToolTip(tr("Replaces every phrase of the texts and per-channel texts that "
                                   "no longer says the period with the period as it is now. "
                                   "Ctrl+Z takes it back."));
    static const char *const quick[] = {QT_TR_NOOP("+1 h"), QT_TR_NOOP("+4 h"),
                                        QT_TR_NOOP("Until tonight")};
    for (int i = 0; i < m_quickButtons.size(); ++i)
        static_cast<QPushButton *>(m_quickButtons.at(i))->setText(tr(quick[i]));
    m_type->setAccessibleName(tr("Type"));
    m_textFr->setAccessibleName(tr("French text"));
    m_textEn->setAccessibleName(tr("English text"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setAccessibleName(tr("End"));
    showIssues();
}

void NoticeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
        for (QLabel *problem : std::as_const(m_problems))
            problem->setMinimumHeight(problem->fontMetrics().lineSpacing());
    }
    QWidget::changeEvent(event);
}

QTimeZone NoticeEditor::zone() const
{
    const Territory t = TerritoryCatalog::builtIn().find(m_territory->currentData().toString());
    return t.isValid() ? t.timeZone : QTimeZone("Europe/Paris");
}

void NoticeEditor::startNew(const QString &type)
{
    Notice notice = Notice::create();
    notice.setTerritory(m_territory->currentData().toString());
    notice.setCompany(m_accountCompany);
    const QTimeZone z = zone();
    const QDateTime now = m_clock.now().toTimeZone(z);
    const QDateTime start = QDateTime(now.date(), QTime(now.time().hour(), 0), z).addSecs(3600);
    notice.setStart(start);
    notice.setEnd(start.addSecs(qint64(4) * 3600));
    NoticeTemplate::builtIn().apply(notice, type, z);
    load(notice, true);
    preselectSite();
}

void NoticeEditor::focusFirstField()
{
    m_type->setFocus(Qt::ShortcutFocusReason);
}

void NoticeEditor::setNotice(const Notice &notice)
{
    // A saved notice keeps the text it has, even when it was the template's.
    load(notice, false);
}

void NoticeEditor::load(const Notice &notice, bool textFollowsTemplate)
{
    m_textFollowsTemplate = textFollowsTemplate;
    m_touched = false;
    m_notice = notice;
    writeFields();
    // What opening writes is not the user's change: the previous notice's history would
    // otherwise count it as one, and an untouched new notice would be saved as a draft.
    m_loading = true;
    changed();
    m_loading = false;
    m_history.reset(m_notice);
    emit undoStateChanged();
}

void NoticeEditor::writeFields()
{
    m_writing = true;
    const QList<QWidget *> fields = {m_type, m_status,    m_territory,    m_start,
                                     m_end,  m_openEnded, m_intermittent, m_effects};
    for (QWidget *w : fields)
        w->blockSignals(true);
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_notice.type())));
    m_status->setCurrentIndex(qMax(0, m_status->findData(m_notice.status())));
    m_territory->setCurrentIndex(qMax(0, m_territory->findData(m_notice.territory())));
    m_company->setText(m_notice.company());
    m_siteName->setText(m_notice.site().name);
    m_commune->setText(m_notice.site().commune);
    const QTimeZone z = zone();
    m_start->setDateTime(asWallClock(m_notice.start(), z));
    const auto end = m_notice.end();
    m_openEnded->setChecked(!end.has_value());
    m_end->setEnabled(end.has_value());
    if (end)
        m_end->setDateTime(asWallClock(*end, z));
    m_intermittent->setChecked(m_notice.intermittent());
    m_effects->setEffects(m_notice.effects());
    writeTexts();
    m_link->setText(m_notice.link());
    m_contact->setText(m_notice.contact());
    m_overrides->setNotice(m_notice);
    if (m_overrides->hasOverrides())
        m_showOverrides->setChecked(true);
    for (QWidget *w : fields)
        w->blockSignals(false);
    m_writing = false;
}

void NoticeEditor::writeTexts()
{
    // Only the texts: rewriting a line edit the user is typing in would move their cursor.
    const bool wasWriting = m_writing;
    m_writing = true;
    if (m_textFr->toPlainText() != m_notice.text(QStringLiteral("fr")))
        m_textFr->setPlainText(m_notice.text(QStringLiteral("fr")));
    if (m_textEn->toPlainText() != m_notice.text(QStringLiteral("en")))
        m_textEn->setPlainText(m_notice.text(QStringLiteral("en")));
    m_writing = wasWriting;
}

void NoticeEditor::readFields()
{
    m_notice.setType(m_type->currentData().toString());
    m_notice.setStatus(m_status->currentData().toString());
    m_notice.setTerritory(m_territory->currentData().toString());
    m_notice.setCompany(m_company->text());
    Site site = m_notice.site();
    if (site.name != m_siteName->text()) {
        // A renamed site is another site: keep an id only for one of the account's.
        site.id.clear();
        for (const QJsonObject &known : std::as_const(m_accountSites)) {
            if (known.value(QStringLiteral("name")).toString() == m_siteName->text())
                site.id = known.value(QStringLiteral("id")).toString();
        }
    }
    site.name = m_siteName->text();
    site.commune = m_commune->text();
    m_notice.setSite(site);
    const QTimeZone z = zone();
    m_notice.setStart(fromWallClock(m_start->dateTime(), z));
    m_end->setEnabled(!m_openEnded->isChecked());
    if (m_openEnded->isChecked())
        m_notice.setEnd(std::nullopt);
    else
        m_notice.setEnd(fromWallClock(m_end->dateTime(), z));
    m_notice.setIntermittent(m_intermittent->isChecked());
    m_notice.setEffects(m_effects->effects());
    m_notice.setText(QStringLiteral("fr"), m_textFr->toPlainText());
    m_notice.setText(QStringLiteral("en"), m_textEn->toPlainText());
    m_notice.setLink(m_link->text().trimmed());
    m_notice.setContact(m_contact->text().trimmed());
    m_overrides->apply(m_notice);
}

void NoticeEditor::applyType()
{
    if (m_writing)
        return;
    NoticeTemplate::builtIn().apply(m_notice, m_type->currentData().toString(), zone());
    m_textFollowsTemplate = true;
    writeFields();
    changed();
}

void NoticeEditor::setEndIn(int hours)
{
    setEnd(QuickPeriod::extended(m_notice.start(), m_notice.end(), m_clock.now(), hours));
}

void NoticeEditor::setEndTonight()
{
    setEnd(QuickPeriod::tonight(m_notice.start(), m_clock.now(), zone()));
}

void NoticeEditor::setStartNow()
{
    const QDateTime now = m_clock.now();
    const QDateTime minute = now.addMSecs(-(now.time().second() * 1000 + now.time().msec()));
    m_start->setDateTime(asWallClock(minute, zone()));
}

void NoticeEditor::preselectSite()
{
    // An account with a single site in the territory has nothing to choose: it is filled in,
    // and the notice stays untouched (it is not a draft until the officer writes in it).
    if (!m_notice.site().name.isEmpty())
        return;
    QStringList here;
    for (const QJsonObject &site : std::as_const(m_accountSites)) {
        if (site.value(QStringLiteral("territory")).toString() == m_notice.territory())
            here.append(site.value(QStringLiteral("name")).toString());
    }
    if (here.size() != 1)
        return;
    const bool touched = m_touched;
    m_loading = !touched;
    pickSite(here.constFirst());
    m_loading = false;
    if (!touched)
        m_history.reset(m_notice);
}

void NoticeEditor::setEnd(const QDateTime &end)
{
    // Computed before the check box moves: unticking it reads the end field back.
    const QDateTime wall = asWallClock(end, zone());
    m_openEnded->setChecked(false);
    m_end->setDateTime(wall);
}

void NoticeEditor::rewritePeriod()
{
    m_notice = PeriodConsistency::rewrite(m_notice, zone());
    writeFields();
    // One step of its own in the history: the button is the sender.
    changed();
}

void NoticeEditor::changed()
{
    if (m_writing)
        return;
    readFields();
    if (m_textFollowsTemplate)
        NoticeTemplate::builtIn().refreshText(m_notice, zone());
    else
        NoticeTemplate::followPeriod(m_notice, zone());
    writeTexts();
    m_issues =
        NoticeValidator(TerritoryCatalog::builtIn(), m_clock.now()).validate(m_notice.toJson());
    const ValidationIssues stale = PeriodConsistency::check(m_notice, zone());
    m_issues.append(stale);
    m_rewritePeriod->setVisible(!stale.isEmpty());
    showIssues();
    const QObject *field = sender();
    // Real time, not the product's clock: --now shifts the latter, and a burst is about the user.
    m_history.record(m_notice, field ? field->objectName() : QString(),
                     QDateTime::currentDateTimeUtc());
    m_touched = m_touched || (!m_loading && m_history.canUndo());
    emit undoStateChanged();
    emit noticeChanged();
}

void NoticeEditor::showIssues()
{
    for (QLabel *label : std::as_const(m_problems))
        label->clear();
    QStringList others;
    for (const ValidationIssue &issue : std::as_const(m_issues)) {
        // A notice nobody has edited yet is not wrong, only unfinished: its empty required
        // fields are listed in grey, and turn red once the user starts on it.
        const bool toFill = !m_touched && issue.code == QLatin1String("required");
        const QString color = toFill            ? QStringLiteral("#5f6368")
                              : issue.isError() ? QStringLiteral("#b00020")
                                                : QStringLiteral("#8a5a00");
        const QString line = QStringLiteral("<span style=\"color:%1\">%2</span>")
                                 .arg(color, issue.message().toHtmlEscaped());
        QString path = issue.path;
        if (path.startsWith(QLatin1String("effects")))
            path = QStringLiteral("effects");
        if (issue.code == QLatin1String("period_text_mismatch") &&
            path.startsWith(QLatin1String("overrides.")))
            path = QStringLiteral("overrides");
        if (QLabel *label = m_problems.value(path)) {
            label->setText(label->text().isEmpty() ? line
                                                   : label->text() + QLatin1String("<br>") + line);
        } else {
            others.append(issue.path + QLatin1String(": ") + line);
        }
    }
    m_otherProblems->setText(others.join(QLatin1String("<br>")));
    m_otherProblems->setVisible(!others.isEmpty());
}

void NoticeEditor::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    // Fields a reader may select text in become read-only; controls that only change the
    // notice are disabled, and only those are enabled again.
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(readOnly);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(readOnly);
        else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            spin->setReadOnly(readOnly);
    }
    if (!readOnly) {
        for (const QPointer<QWidget> &w : std::as_const(m_locked)) {
            if (w)
                w->setEnabled(true);
        }
        m_locked.clear();
        return;
    }
    for (QWidget *w : findChildren<QWidget *>()) {
        // Showing the texts for one channel changes what is in view, not the notice: they are
        // read as the rest.
        const bool changesNotice = qobject_cast<QComboBox *>(w) ||
                                   (qobject_cast<QAbstractButton *>(w) && w != m_showOverrides &&
                                    !qobject_cast<QTabBar *>(w->parentWidget()));
        if (changesNotice && w->isEnabled()) {
            w->setEnabled(false);
            m_locked.append(w);
        }
    }
}
