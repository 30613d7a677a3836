#include "RevisionDiff.h"

#include "Localization.h"
#include "PeriodText.h"
#include "TerritoryCatalog.h"
#include "Vocabulary.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

QStringList tokens(const QString &text)
{
    static const QRegularExpression runs(QStringLiteral("\\s+|\\S+"));
    QStringList result;
    for (auto it = runs.globalMatch(text); it.hasNext();)
        result.append(it.next().captured());
    return result;
}

void append(QList<RevisionDiff::Segment> &segments, RevisionDiff::Segment::Kind kind,
            const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

bool isSpace(const RevisionDiff::Segment &s)
{
    return s.kind == RevisionDiff::Segment::Kind::Same && s.text.trimmed().isEmpty();
}

// A changed stretch reads best as all it removed, then all it added: the spaces the longest
// common subsequence matched inside it belong to both sides, and the spaces both sides start
// or end with stay outside the marks.
QList<RevisionDiff::Segment> regrouped(const QList<RevisionDiff::Segment> &segments)
{
    using Kind = RevisionDiff::Segment::Kind;
    QList<RevisionDiff::Segment> out;
    qsizetype i = 0;
    while (i < segments.size()) {
        if (segments.at(i).kind == Kind::Same) {
            append(out, Kind::Same, segments.at(i++).text);
            continue;
        }
        QString removed;
        QString added;
        while (i < segments.size()) {
            const auto &s = segments.at(i);
            const bool inside = s.kind != Kind::Same || (isSpace(s) && i + 1 < segments.size() &&
                                                         segments.at(i + 1).kind != Kind::Same);
            if (!inside)
                break;
            if (s.kind != Kind::Added)
                removed += s.text;
            if (s.kind != Kind::Removed)
                added += s.text;
            ++i;
        }
        qsizetype head = 0;
        while (head < removed.size() && head < added.size() && removed.at(head) == added.at(head) &&
               removed.at(head).isSpace())
            ++head;
        qsizetype tail = 0;
        while (tail < removed.size() - head && tail < added.size() - head &&
               removed.at(removed.size() - 1 - tail) == added.at(added.size() - 1 - tail) &&
               added.at(added.size() - 1 - tail).isSpace())
            ++tail;
        append(out, Kind::Same, removed.left(head));
        append(out, Kind::Removed, removed.mid(head, removed.size() - head - tail));
        append(out, Kind::Added, added.mid(head, added.size() - head - tail));
        append(out, Kind::Same, removed.right(tail));
    }
    return out;
}

QString period(const Notice &notice, const QString &language)
{
    if (!notice.start().isValid())
        return {};
    const Territory t = TerritoryCatalog::builtIn().find(notice.territory());
    return PeriodText::written(notice.start(), notice.end(),
                               t.isValid() ? t.timeZone : QTimeZone::utc(), language);
}

QString labels(const QStringList &effects)
{
    QStringList names;
    for (const QString &effect : effects)
        names.append(Vocabulary::effectLabel(effect));
    return names.join(QLatin1String(", "));
}

QString rhythm(const Notice &notice)
{
    return notice.intermittent() ? RevisionDiff::tr("Intermittent")
                                 : RevisionDiff::tr("Continuous");
}

QString territory(const QString &id)
{
    const Territory t = TerritoryCatalog::builtIn().find(id);
    return t.isValid() ? t.name : id;
}

QString site(const Notice &notice)
{
    return notice.site().name + QStringLiteral(" (") + notice.site().commune + QLatin1Char(')');
}

} // namespace

RevisionDiff::RevisionDiff(const Notice &before, const Notice &after)
    : m_before(before)
    , m_after(after)
{
    const QString language = Localization::current();
    if (before.start() != after.start() || before.end() != after.end())
        m_changes.append(
            {QStringLiteral("period"), period(before, language), period(after, language)});
    const QStringList was = before.effects();
    const QStringList is = after.effects();
    for (const QString &effect : is) {
        if (!was.contains(effect))
            m_addedEffects.append(effect);
    }
    for (const QString &effect : was) {
        if (!is.contains(effect))
            m_removedEffects.append(effect);
    }
    if (!m_addedEffects.isEmpty() || !m_removedEffects.isEmpty())
        m_changes.append({QStringLiteral("effects"), labels(was), labels(is)});
    if (before.intermittent() != after.intermittent())
        m_changes.append({QStringLiteral("intermittent"), rhythm(before), rhythm(after)});
    if (before.type() != after.type())
        m_changes.append({QStringLiteral("type"), Vocabulary::typeLabel(before.type()),
                          Vocabulary::typeLabel(after.type())});
    if (before.status() != after.status())
        m_changes.append({QStringLiteral("status"), Vocabulary::statusLabel(before.status()),
                          Vocabulary::statusLabel(after.status())});
    if (before.territory() != after.territory())
        m_changes.append({QStringLiteral("territory"), territory(before.territory()),
                          territory(after.territory())});
    if (before.company() != after.company())
        m_changes.append({QStringLiteral("company"), before.company(), after.company()});
    if (!(before.site() == after.site()))
        m_changes.append({QStringLiteral("site"), site(before), site(after)});
    // What a channel publishes instead of the text: a coordinator approves these words too.
    // Compared language by language, so a single text and the same texts by language (the two
    // shapes of API 1.2.0) are no change. One change, named by the channel alone, when exactly
    // the languages a single text serves changed alike; otherwise one per language.
    for (const QString &channel : Vocabulary::channels()) {
        QList<FieldChange> changed;
        QStringList languages;
        for (const QString &written : Vocabulary::languages()) {
            const QString old = before.override(channel, written);
            const QString now = after.override(channel, written);
            if (old == now)
                continue;
            changed.append(
                {QLatin1String("override:") + channel + QLatin1Char(':') + written, old, now});
            languages.append(written);
        }
        const bool alike = !changed.isEmpty() &&
                           languages == Notice::singleTextLanguages(channel) &&
                           std::all_of(changed.cbegin(), changed.cend(), [&](const auto &c) {
                               return c.before == changed.constFirst().before &&
                                      c.after == changed.constFirst().after;
                           });
        if (alike)
            m_changes.append({QLatin1String("override:") + channel, changed.constFirst().before,
                              changed.constFirst().after});
        else
            m_changes.append(changed);
    }
    if (before.link() != after.link())
        m_changes.append({QStringLiteral("link"), before.link(), after.link()});
    if (before.contact() != after.contact())
        m_changes.append({QStringLiteral("contact"), before.contact(), after.contact()});
}

QStringList RevisionDiff::languages() const
{
    QStringList result;
    for (const QString &language : Vocabulary::languages()) {
        if (!m_before.text(language).isEmpty() || !m_after.text(language).isEmpty())
            result.append(language);
    }
    return result;
}

QList<RevisionDiff::Segment> RevisionDiff::text(const QString &language) const
{
    return words(m_before.text(language), m_after.text(language));
}

bool RevisionDiff::textChanged(const QString &language) const
{
    return m_before.text(language) != m_after.text(language);
}

bool RevisionDiff::periodChanged() const
{
    return m_before.start() != m_after.start() || m_before.end() != m_after.end();
}

bool RevisionDiff::isEmpty() const
{
    if (!m_changes.isEmpty())
        return false;
    for (const QString &language : languages()) {
        if (textChanged(language))
            return false;
    }
    return true;
}

QList<RevisionDiff::Segment> RevisionDiff::words(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    QList<Segment> segments;
    // Longest common subsequence of the runs; a notice's text is at most a few hundred words.
    constexpr qsizetype kMaxCells = 4'000'000;
    if ((n + 1) * (m + 1) > kMaxCells) {
        append(segments, Segment::Kind::Removed, before);
        append(segments, Segment::Kind::Added, after);
        return segments;
    }
    QList<int> lcs((n + 1) * (m + 1), 0);
    const auto at = [m](qsizetype i, qsizetype j) { return i * (m + 1) + j; };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[at(i, j)] = a.at(i) == b.at(j) ? lcs.at(at(i + 1, j + 1)) + 1
                                               : qMax(lcs.at(at(i + 1, j)), lcs.at(at(i, j + 1)));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a.at(i) == b.at(j)) {
            append(segments, Segment::Kind::Same, a.at(i++));
            ++j;
        } else if (i < n && (j == m || lcs.at(at(i + 1, j)) >= lcs.at(at(i, j + 1)))) {
            append(segments, Segment::Kind::Removed, a.at(i++));
        } else {
            append(segments, Segment::Kind::Added, b.at(j++));
        }
    }
    return regrouped(segments);
}

QString RevisionDiff::marked(const QList<Segment> &segments)
{
    QString out;
    for (const Segment &s : segments) {
        switch (s.kind) {
        case Segment::Kind::Same:
            out += s.text;
            break;
        case Segment::Kind::Removed:
            out += QStringLiteral("[-") + s.text + QStringLiteral("-]");
            break;
        case Segment::Kind::Added:
            out += QStringLiteral("{+") + s.text + QStringLiteral("+}");
            break;
        }
    }
    return out;
}

QString RevisionDiff::fieldLabel(const QString &field)
{
    static const QList<std::pair<QString, const char *>> labels = {
        {QStringLiteral("period"), QT_TR_NOOP("Period")},
        {QStringLiteral("effects"), QT_TR_NOOP("Effects")},
        // The composer's names for the same fields.
        {QStringLiteral("intermittent"), QT_TR_NOOP("Rhythm")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("territory"), QT_TR_NOOP("Territory")},
        {QStringLiteral("company"), QT_TR_NOOP("Company")},
        {QStringLiteral("site"), QT_TR_NOOP("Site")},
        {QStringLiteral("override:hotline"), QT_TR_NOOP("Hotline script")},
        {QStringLiteral("override:x"), QT_TR_NOOP("X post")},
        {QStringLiteral("override:mastodon"), QT_TR_NOOP("Mastodon post")},
        {QStringLiteral("override:sms"), QT_TR_NOOP("SMS")},
        {QStringLiteral("link"), QT_TR_NOOP("Link")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact")}};
    for (const auto &[name, label] : labels) {
        if (name == field)
            return tr(label);
    }
    // A channel's text in one language: "override:x:en".
    const QStringList parts = field.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts.at(0) == QLatin1String("override")) {
        const QString channel = fieldLabel(parts.at(0) + QLatin1Char(':') + parts.at(1));
        if (parts.at(2) == QLatin1String("en"))
            return tr("%1 (English)").arg(channel);
        if (parts.at(2) == QLatin1String("fr"))
            return tr("%1 (French)").arg(channel);
    }
    return field;
}
