#include "ChannelRenderer.h"
#include "FrenchTypography.h"
#include "TestData.h"
#include "WebCard.h"

#include <QDir>
#include <QImageReader>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextLayout>

namespace {

const QStringList kAttacks = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=alert(1)>"),
    QStringLiteral("\" onmouseover=\"alert(1)"),
    QStringLiteral("' onfocus='alert(1)' autofocus='"),
    QStringLiteral("javascript:alert(1)"),
    QStringLiteral("<a href=\"javascript:alert(1)\">clic</a>"),
    QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"),
    QStringLiteral("&#60;script&#62 &#x3C;svg onload=alert(1)&gt &amp"),
    QStringLiteral("</td></tr></table><iframe src=//evil.example>"),
    QStringLiteral("<!-- --><style>*{display:none}</style>\x01\x1b"),
};

// A member's text as the card shows it (the rules are tested in tst_frenchtypography).
QString typeset(const QString &text, const QString &language)
{
    return language == QLatin1String("fr") ? FrenchTypography::apply(text)
                                           : FrenchTypography::keepPhoneNumbersTogether(text);
}

RenderContext contextFor(const Notice &notice)
{
    return ChannelRenderer::context(notice, TestData::sampleNow());
}

// Every tag of the card must be one the card writes, with attributes it writes, well quoted;
// every href https, every src an inline SVG, every '&' an entity the card writes.
void verifyOnlyCardMarkup(const QString &html)
{
    static const QStringList tags = {
        QStringLiteral("table"), QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"),
        QStringLiteral("p"),     QStringLiteral("br"), QStringLiteral("a"),  QStringLiteral("img")};
    static const QStringList attributes = {
        QStringLiteral("class"),   QStringLiteral("lang"),        QStringLiteral("width"),
        QStringLiteral("height"),  QStringLiteral("cellspacing"), QStringLiteral("cellpadding"),
        QStringLiteral("colspan"), QStringLiteral("align"),       QStringLiteral("valign"),
        QStringLiteral("src"),     QStringLiteral("alt"),         QStringLiteral("href")};
    static const QRegularExpression tag(QStringLiteral(R"(<(/?)([^\s>/]*)([^>]*)>)"));
    static const QRegularExpression attribute(QStringLiteral(R"re(\s+([a-z]+)="([^"<>]*)")re"));
    for (auto m = tag.globalMatch(html); m.hasNext();) {
        const auto t = m.next();
        const QString name = t.captured(2);
        QVERIFY2(tags.contains(name), qPrintable(QStringLiteral("tag <%1>").arg(name)));
        QString rest = t.captured(3);
        for (auto a = attribute.globalMatch(rest); a.hasNext();) {
            const auto at = a.next();
            QVERIFY2(attributes.contains(at.captured(1)), qPrintable(at.captured(0)));
            if (at.captured(1) == QLatin1String("href"))
                QVERIFY2(at.captured(2).startsWith(QLatin1String("https://")),
                         qPrintable(at.captured(0)));
            if (at.captured(1) == QLatin1String("src"))
                QVERIFY2(at.captured(2).startsWith(QLatin1String("data:image/svg+xml;base64,")),
                         qPrintable(at.captured(0)));
        }
        rest.remove(attribute);
        QVERIFY2(rest.trimmed().isEmpty(), qPrintable(t.captured(0)));
    }
    static const QRegularExpression stray(QStringLiteral("&(?!(lt|gt|amp|quot|nbsp);)"));
    QVERIFY2(!stray.match(html).hasMatch(), qPrintable(html));
    QVERIFY(!html.contains(QLatin1Char('\x01')));
}

} // namespace

class TestWebCard : public QObject
{
    Q_OBJECT

private slots:
    void everySample_rendersInBothLanguages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("language");
        for (const QString &path : TestData::samplePaths()) {
            for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")})
                QTest::newRow(qPrintable(QFileInfo(path).baseName() + QLatin1Char('/') + language))
                    << path << language;
        }
    }

    void everySample_rendersInBothLanguages()
    {
        QFETCH(QString, path);
        QFETCH(QString, language);
        const Notice notice = TestData::sample(QFileInfo(path).baseName());
        const QString html = WebCard::render(notice, contextFor(notice), language);
        verifyOnlyCardMarkup(html);
        QVERIFY(html.contains(typeset(notice.company(), language).toHtmlEscaped()));
        QVERIFY(html.contains(typeset(notice.site().commune, language).toHtmlEscaped()));
        QCOMPARE(html.count(QLatin1String("<img ")), notice.effects().size());
        QVERIFY(html.contains(QLatin1String("href=\"") + notice.link() + QLatin1Char('"')));
    }

    void card_hasTypePeriodPatternInItsLanguage()
    {
        const Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        const QString fr = WebCard::render(notice, contextFor(notice), QStringLiteral("fr"));
        QVERIFY(fr.contains(QLatin1String(">Torchage<")));
        QVERIFY(fr.contains(QStringLiteral("Raffinerie de Gonfreville — Gonfreville-l’Orcher")));
        QVERIFY(fr.contains(
            QStringLiteral("du vendredi 27 mars à 7\u00A0h au samedi 28 mars 2026 à 19\u00A0h")));
        QVERIFY(fr.contains(QLatin1String("par intermittence")));
        QVERIFY(fr.contains(QLatin1String("alt=\"Torche\"")));
        QVERIFY(fr.contains(QLatin1String("<p>")));
        QVERIFY(fr.contains(QStringLiteral("Contact\u00A0: 0\u00A0805\u00A0691\u00A0282")));
        QVERIFY(fr.contains(QStringLiteral(
            "Numéro vert Allo Industrie Le Havre\u00A0: 0\u00A0800\u00A0101\u00A0092")));
        const QString en = WebCard::render(notice, contextFor(notice), QStringLiteral("en"));
        QVERIFY(en.contains(QLatin1String(">Flaring<")));
        QVERIFY(en.contains(QLatin1String("from Friday 27 March at 07:00")));
        QVERIFY(en.contains(QLatin1String("alt=\"Flare\"")));
        QVERIFY(en.contains(QLatin1String("intermittent")));
        QVERIFY(en.contains(QStringLiteral("Contact: 0\u00A0805\u00A0691\u00A0282")));
    }

    void band_marksTestAndExercise_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("band");
        QTest::newRow("test") << "test"
                              << "TEST\u00A0: message fictif";
        QTest::newRow("exercise") << "exercise"
                                  << "EXERCICE\u00A0: message d’exercice";
        QTest::newRow("actual") << "actual" << QString();
    }

    void band_marksTestAndExercise()
    {
        QFETCH(QString, status);
        QFETCH(QString, band);
        Notice notice = TestData::sample(QStringLiteral("steam-startup"));
        notice.setStatus(status);
        const QString html = WebCard::render(notice, contextFor(notice), QStringLiteral("fr"));
        QCOMPARE(html.contains(QLatin1String("allo-band")), !band.isEmpty());
        if (!band.isEmpty())
            QVERIFY(html.contains(band));
    }

    void attacks_neverBecomeMarkup_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("attack");
        const QStringList fields = {QStringLiteral("company"), QStringLiteral("site"),
                                    QStringLiteral("commune"), QStringLiteral("type"),
                                    QStringLiteral("effect"),  QStringLiteral("text"),
                                    QStringLiteral("contact"), QStringLiteral("link")};
        for (const QString &field : fields) {
            for (qsizetype i = 0; i < kAttacks.size(); ++i)
                QTest::newRow(qPrintable(field + QLatin1Char('/') + QString::number(i)))
                    << field << kAttacks.at(i);
        }
    }

    void attacks_neverBecomeMarkup()
    {
        QFETCH(QString, field);
        QFETCH(QString, attack);
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        Site site = notice.site();
        if (field == QLatin1String("company"))
            notice.setCompany(attack);
        else if (field == QLatin1String("site"))
            site.name = attack;
        else if (field == QLatin1String("commune"))
            site.commune = attack;
        else if (field == QLatin1String("type"))
            notice.setType(attack);
        else if (field == QLatin1String("effect"))
            notice.setEffects({QStringLiteral("noise"), attack});
        else if (field == QLatin1String("text"))
            notice.setText(QStringLiteral("fr"), attack + QLatin1String("\n\n") + attack);
        else if (field == QLatin1String("contact"))
            notice.setContact(attack);
        else if (field == QLatin1String("link"))
            notice.setLink(attack);
        notice.setSite(site);
        const QString html = WebCard::render(notice, contextFor(notice), QStringLiteral("fr"));
        verifyOnlyCardMarkup(html);
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("javascript:\""), Qt::CaseInsensitive));
        if (field != QLatin1String("link"))
            QVERIFY2(
                html.contains(
                    typeset(
                        attack.trimmed().remove(QLatin1Char('\x01')).remove(QLatin1Char('\x1b')),
                        QStringLiteral("fr"))
                        .toHtmlEscaped()),
                "the attack is shown as text");
    }

    void links_onlyHttps_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << "https://www.allo-industrie.com/a?b=1&c=2"
                               << "https://www.allo-industrie.com/a?b=1&c=2";
        QTest::newRow("upper-case scheme") << "HTTPS://example.fr/"
                                           << "https://example.fr/";
        QTest::newRow("encoded quote") << "https://example.fr/a%22b"
                                       << "https://example.fr/a%22b";
        QTest::newRow("raw quote") << "https://example.fr/a\"b" << QString();
        QTest::newRow("http") << "http://example.fr/" << QString();
        QTest::newRow("javascript") << "javascript:alert(1)" << QString();
        QTest::newRow("javascript with spaces") << "  JavaScript:alert(1)" << QString();
        QTest::newRow("data") << "data:text/html,<script>alert(1)</script>" << QString();
        QTest::newRow("scheme-relative") << "//example.fr/" << QString();
        QTest::newRow("credentials") << "https://user:pw@example.fr/" << QString();
        QTest::newRow("no host") << "https:///path" << QString();
        QTest::newRow("empty") << "" << QString();
    }

    void links_onlyHttps()
    {
        QFETCH(QString, link);
        QFETCH(QString, expected);
        QCOMPARE(WebCard::httpsLink(link), expected);
        Notice notice = TestData::sample(QStringLiteral("steam-startup"));
        notice.setLink(link);
        const QString html = WebCard::render(notice, contextFor(notice), QStringLiteral("fr"));
        QCOMPARE(html.contains(QLatin1String("href=")), !expected.isEmpty());
    }

    // "6 h 40" and "0 805 691 282" are never split across lines, at any width, in French and
    // (phone numbers) in English: the card holds no-break spaces there.
    void card_neverBreaksInsideTimesOrPhoneNumbers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("together");
        QTest::newRow("fr") << "fr"
                            << "Premières flammes vers 6 h 40, fin prévue à 18 h 30. "
                               "Renseignements au 0 805 691 282 ou au 02 35 12 34 56."
                            << QStringList{"6 h 40", "18 h 30", "0 805 691 282", "02 35 12 34 56"};
        QTest::newRow("en") << "en"
                            << "First flames around 06:40. Information on 0 805 691 282 or "
                               "02 35 12 34 56."
                            << QStringList{"0 805 691 282", "02 35 12 34 56"};
    }

    void card_neverBreaksInsideTimesOrPhoneNumbers()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, together);
        Notice notice = TestData::sample(QStringLiteral("flaring-maintenance"));
        notice.setText(language, text);
        QTextDocument document;
        document.setDefaultStyleSheet(WebCard::styleSheet());
        document.setHtml(WebCard::render(notice, contextFor(notice), language));
        int seen = 0;
        for (int width = 100; width <= 640; width += 3) {
            document.setTextWidth(width);
            document.size(); // lays the whole document out
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                const QString shown = block.text().replace(QChar(0x00A0), QLatin1Char(' '));
                const QTextLayout *layout = block.layout();
                for (const QString &words : together) {
                    for (qsizetype at = shown.indexOf(words); at >= 0;
                         at = shown.indexOf(words, at + 1)) {
                        ++seen;
                        for (int i = 1; i < layout->lineCount(); ++i) {
                            const int start = layout->lineAt(i).textStart();
                            QVERIFY2(start <= at || start >= at + words.size(),
                                     qPrintable(QStringLiteral("\"%1\" broken at width %2")
                                                    .arg(words)
                                                    .arg(width)));
                        }
                    }
                }
            }
        }
        // Each one was found at every width (the contact and the hotline are phone numbers too).
        QVERIFY2(seen >= 181 * together.size(), qPrintable(QString::number(seen)));
    }

    void textBrowser_showsTheCard()
    {
        // Without the SVG image plugin, QTextBrowser silently drops the effect icons.
        QVERIFY(QImageReader::supportedImageFormats().contains("svg"));
        QVERIFY(QDir().mkpath(QStringLiteral(ALLO_SCREENSHOT_DIR)));
        for (const QString &name :
             {QStringLiteral("flaring-maintenance"), QStringLiteral("seed-test-message"),
              QStringLiteral("exercise-status")}) {
            const Notice notice = TestData::sample(name);
            const QString card = WebCard::render(notice, contextFor(notice), QStringLiteral("fr"));
            QTextBrowser browser;
            browser.document()->setDefaultStyleSheet(WebCard::styleSheet());
            browser.setHtml(card);
            browser.resize(560, 520);
            const QImage shot = browser.grab().toImage();
            const QString base = QStringLiteral(ALLO_SCREENSHOT_DIR "/webcard-") + name;
            QVERIFY(shot.save(base + QLatin1String(".png")));
            QFile page(base + QLatin1String(".html"));
            QVERIFY(page.open(QIODevice::WriteOnly));
            page.write(WebCard::page(card, QStringLiteral("fr")).toUtf8());
            // The company band is drawn in the stylesheet's dark blue.
            bool styled = false;
            for (int y = 0; y < shot.height() && !styled; y += 2)
                styled = shot.pixelColor(shot.width() / 2, y) == QColor(0x1d, 0x3b, 0x5c);
            QVERIFY2(styled, "the stylesheet was not applied");
        }
    }
};

QTEST_MAIN(TestWebCard)
#include "tst_webcard.moc"
