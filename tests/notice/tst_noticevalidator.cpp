#include "Localization.h"
#include "NoticeValidator.h"
#include "TerritoryCatalog.h"
#include "TestData.h"

#include <QJsonArray>
#include <QTest>

#include <functional>

namespace {

using Edit = std::function<void(QJsonObject &)>;

void setIn(QJsonObject &o, const char *object, const char *key, const QJsonValue &value)
{
    QJsonObject inner = o.value(QLatin1String(object)).toObject();
    if (value.isUndefined())
        inner.remove(QLatin1String(key));
    else
        inner.insert(QLatin1String(key), value);
    o.insert(QLatin1String(object), inner);
}

QString describe(const ValidationIssues &issues)
{
    QStringList lines;
    for (const ValidationIssue &i : issues)
        lines.append(i.path + QLatin1Char(':') + i.code);
    return lines.join(QLatin1String(", "));
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestNoticeValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Localization::apply(QStringLiteral("en")); }

    void everySample_isValid_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : TestData::samplePaths())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    void everySample_isValid()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).baseName();
        const ValidationIssues issues = validate(TestData::sample(name).toJson());
        QVERIFY2(!hasErrors(issues), qPrintable(describe(issues)));
    }

    void rule_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isError");
        const auto remove = [](const char *key) {
            return Edit([key](QJsonObject &o) { o.remove(QLatin1String(key)); });
        };
        const auto set = [](const char *key, const QJsonValue &v) {
            return Edit([key, v](QJsonObject &o) { o.insert(QLatin1String(key), v); });
        };
        const auto setInner = [](const char *object, const char *key, const QJsonValue &v) {
            return Edit([object, key, v](QJsonObject &o) { setIn(o, object, key, v); });
        };
        QTest::newRow("id missing") << remove("id") << "id"
                                    << "required" << true;
        QTest::newRow("id not uuid") << set("id", "notice-1") << "id"
                                     << "invalid_uuid" << true;
        QTest::newRow("id braces") << set("id", "{5a3e0000-0000-4000-8000-000000000000}") << "id"
                                   << "invalid_uuid" << true;
        QTest::newRow("territory missing") << remove("territory") << "territory"
                                           << "required" << true;
        QTest::newRow("territory unknown") << set("territory", "paris") << "territory"
                                           << "unknown_territory" << true;
        QTest::newRow("company missing") << remove("company") << "company"
                                         << "required" << true;
        QTest::newRow("company blank") << set("company", "   ") << "company"
                                       << "required" << true;
        QTest::newRow("company number") << set("company", 42) << "company"
                                        << "wrong_type" << true;
        QTest::newRow("site missing") << remove("site") << "site"
                                      << "required" << true;
        QTest::newRow("site not object") << set("site", "Gonfreville") << "site"
                                         << "wrong_type" << true;
        QTest::newRow("site.name missing")
            << setInner("site", "name", QJsonValue::Undefined) << "site.name"
            << "required" << true;
        QTest::newRow("site.commune missing")
            << setInner("site", "commune", QJsonValue::Undefined) << "site.commune"
            << "required" << true;
        QTest::newRow("lat high") << setInner("site", "lat", 91.0) << "site.lat"
                                  << "out_of_range" << true;
        QTest::newRow("lon low") << setInner("site", "lon", -180.5) << "site.lon"
                                 << "out_of_range" << true;
        QTest::newRow("lat text") << setInner("site", "lat", "49") << "site.lat"
                                  << "wrong_type" << true;
        QTest::newRow("type missing") << remove("type") << "type"
                                      << "required" << true;
        QTest::newRow("type unknown") << set("type", "fire") << "type"
                                      << "unknown_type" << true;
        QTest::newRow("status missing") << remove("status") << "status"
                                        << "required" << true;
        QTest::newRow("status unknown") << set("status", "draft") << "status"
                                        << "unknown_status" << true;
        QTest::newRow("start missing") << remove("start") << "start"
                                       << "required" << true;
        QTest::newRow("start no offset") << set("start", "2026-03-27T07:00:00") << "start"
                                         << "invalid_time" << true;
        QTest::newRow("start french") << set("start", "27/03/2026") << "start"
                                      << "invalid_time" << true;
        QTest::newRow("end no offset") << set("end", "2026-03-28T19:00") << "end"
                                       << "invalid_time" << true;
        QTest::newRow("end before start") << set("end", "2026-03-27T06:00:00+01:00") << "end"
                                          << "end_before_start" << true;
        QTest::newRow("end equals start") << set("end", "2026-03-27T07:00:00+01:00") << "end"
                                          << "end_before_start" << true;
        QTest::newRow("effect unknown")
            << set("effects", QJsonArray{"noise", "fire"}) << "effects[1]"
            << "unknown_effect" << true;
        QTest::newRow("effect twice")
            << set("effects", QJsonArray{"noise", "light", "noise"}) << "effects[2]"
            << "duplicate_effect" << true;
        QTest::newRow("effects not list") << set("effects", "noise") << "effects"
                                          << "wrong_type" << true;
        QTest::newRow("intermittent text") << set("intermittent", "yes") << "intermittent"
                                           << "wrong_type" << true;
        QTest::newRow("text missing") << remove("text") << "text.fr"
                                      << "required" << true;
        QTest::newRow("text.fr missing")
            << setInner("text", "fr", QJsonValue::Undefined) << "text.fr"
            << "required" << true;
        QTest::newRow("text.fr blank") << setInner("text", "fr", " \n\t ") << "text.fr"
                                       << "text_empty" << true;
        QTest::newRow("text.fr too long")
            << setInner("text", "fr", QString(2001, QLatin1Char('a'))) << "text.fr"
            << "text_too_long" << true;
        QTest::newRow("text.fr control")
            << setInner("text", "fr", QStringLiteral("Bruit\x07 fort")) << "text.fr"
            << "control_character" << true;
        QTest::newRow("text.fr carriage return")
            << setInner("text", "fr", QStringLiteral("Ligne\r\nsuite")) << "text.fr"
            << "control_character" << true;
        QTest::newRow("text.en too long")
            << setInner("text", "en", QString(2001, QLatin1Char('b'))) << "text.en"
            << "text_too_long" << true;
        QTest::newRow("override control")
            << setInner("overrides", "x", QStringLiteral("a\x1b")) << "overrides.x"
            << "control_character" << true;
        // Since API 1.2.0 a channel's texts may be given by language: each judged at its path.
        QTest::newRow("override by language control")
            << setInner(
                   "overrides", "x",
                   QJsonObject{{"fr", QStringLiteral("Court.")}, {"en", QStringLiteral("a\x1b")}})
            << "overrides.x.en"
            << "control_character" << true;
        QTest::newRow("override by language too long")
            << setInner("overrides", "hotline",
                        QJsonObject{{"en", QString(2001, QLatin1Char('c'))}})
            << "overrides.hotline.en"
            << "text_too_long" << true;
        QTest::newRow("override by unknown language")
            << setInner("overrides", "sms", QJsonObject{{"de", QStringLiteral("Kurz.")}})
            << "overrides.sms.de"
            << "unknown_language" << true;
        QTest::newRow("override by language not text")
            << setInner("overrides", "x", QJsonObject{{"fr", 3}}) << "overrides.x.fr"
            << "wrong_type" << true;
        // Every other text field is one line: no control character at all, not even \n or \t.
        const QString hostile = QStringLiteral("A\x1b]0;pwned\x07\x1b[2J");
        for (const char *key :
             {"id", "territory", "company", "type", "status", "start", "end", "link", "contact"})
            QTest::newRow(qPrintable(QStringLiteral("%1 escape").arg(QLatin1String(key))))
                << set(key, hostile) << key << "control_character" << true;
        for (const char *key : {"id", "name", "commune"})
            QTest::newRow(qPrintable(QStringLiteral("site.%1 escape").arg(QLatin1String(key))))
                << setInner("site", key, hostile)
                << QString(QStringLiteral("site.") + QLatin1String(key)) << "control_character"
                << true;
        QTest::newRow("effect escape") << set("effects", QJsonArray{"noise\x1b[2J"}) << "effects[0]"
                                       << "control_character" << true;
        QTest::newRow("company line feed") << set("company", "Chimie\nNord") << "company"
                                           << "control_character" << true;
        QTest::newRow("contact tab") << set("contact", "03 20\t00 00 00") << "contact"
                                     << "control_character" << true;
        QTest::newRow("site.name C1")
            << setInner("site", "name", QStringLiteral(u"Usine\u009b2J")) << "site.name"
            << "control_character" << true;
        QTest::newRow("link http") << set("link", "http://www.allo-industrie.com/x") << "link"
                                   << "link_not_https" << true;
        QTest::newRow("link javascript") << set("link", "javascript:alert(1)") << "link"
                                         << "link_not_https" << true;
        QTest::newRow("link too long")
            << set("link",
                   QString(QStringLiteral("https://a.fr/") + QString(2040, QLatin1Char('x'))))
            << "link"
            << "link_too_long" << true;
        QTest::newRow("warning far ahead") << Edit([](QJsonObject &o) {
            o.insert(QStringLiteral("start"), QStringLiteral("2026-09-01T07:00:00+02:00"));
            o.insert(QStringLiteral("end"), QStringLiteral("2026-09-02T07:00:00+02:00"));
        }) << "start"
                                           << "start_far_ahead" << false;
        QTest::newRow("warning period over") << Edit([](QJsonObject &o) {
            o.insert(QStringLiteral("start"), QStringLiteral("2026-03-01T07:00:00+01:00"));
            o.insert(QStringLiteral("end"), QStringLiteral("2026-03-02T07:00:00+01:00"));
        }) << "end"
                                             << "period_over" << false;
        QTest::newRow("warning long") << set("end", "2026-04-28T07:00:00+02:00") << "end"
                                      << "period_too_long" << false;
        QTest::newRow("warning no english")
            << setInner("text", "en", QJsonValue::Undefined) << "text.en"
            << "no_english_text" << false;
    }

    void rule()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(bool, isError);
        QJsonObject json = TestData::sample(QStringLiteral("flaring-maintenance")).toJson();
        edit(json);
        const ValidationIssues issues = validate(json);
        const auto found =
            std::find_if(issues.begin(), issues.end(), [&](const ValidationIssue &i) {
                return i.path == path && i.code == code;
            });
        QVERIFY2(found != issues.end(), qPrintable(describe(issues)));
        QCOMPARE(found->isError(), isError);
        QCOMPARE(hasErrors(issues), isError);
        QVERIFY2(!found->message().isEmpty() && found->message() != code,
                 qPrintable(found->message()));
    }

    void everyProblem_isReportedAtOnce()
    {
        const ValidationIssues issues = validate(QJsonObject{{QStringLiteral("type"), 3}});
        QStringList paths;
        for (const ValidationIssue &i : issues)
            paths.append(i.path);
        for (const char *p :
             {"id", "territory", "company", "site", "type", "status", "start", "text.fr"})
            QVERIFY2(paths.contains(QLatin1String(p)), p);
    }

    void codes_doNotDependOnLanguage_butMessagesDo()
    {
        QJsonObject json = TestData::sample(QStringLiteral("flaring-maintenance")).toJson();
        json.remove(QStringLiteral("company"));
        Localization::apply(QStringLiteral("fr"));
        const ValidationIssues fr = validate(json);
        Localization::apply(QStringLiteral("en"));
        const ValidationIssues en = validate(json);
        QCOMPARE(fr, en);
        QCOMPARE(fr.first().code, QStringLiteral("required"));
        Localization::apply(QStringLiteral("fr"));
        const QString french = fr.first().message();
        Localization::apply(QStringLiteral("en"));
        QVERIFY(french != en.first().message());
        QCOMPARE(french, QStringLiteral("Ce champ est obligatoire."));
    }

    void message_doesNotSubstituteInsideValues()
    {
        const ValidationIssue issue{QStringLiteral("type"),
                                    QStringLiteral("unknown_type"),
                                    {QStringLiteral("%2"), QStringLiteral("a, b")}};
        QCOMPARE(issue.message(), QStringLiteral("Unknown type \"%2\": choose one of a, b."));
    }

    void structuredResult_asJson()
    {
        const ValidationIssue issue{
            QStringLiteral("site.lat"),
            QStringLiteral("out_of_range"),
            {QStringLiteral("91"), QStringLiteral("-90"), QStringLiteral("90")}};
        const QJsonObject o = issue.toJson();
        QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("site.lat"));
        QCOMPARE(o.value(QStringLiteral("code")).toString(), QStringLiteral("out_of_range"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(o.value(QStringLiteral("args")).toArray().size(), 3);
    }

private:
    static ValidationIssues validate(const QJsonObject &json)
    {
        return NoticeValidator(TerritoryCatalog::builtIn(), TestData::sampleNow()).validate(json);
    }
};

QTEST_GUILESS_MAIN(TestNoticeValidator)
#include "tst_noticevalidator.moc"
