#include "SpokenForm.h"

#include <QTest>

namespace {

const QString rouen = QStringLiteral("Allo Industrie Rouen Métropole");

} // namespace

// Listening-free checks of what the hotline voice is given to say: each row one rule, in the
// language of the script.
class TestSpokenForm : public QObject
{
    Q_OBJECT

private:
    static void columns()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
    }

private slots:
    void french_data()
    {
        columns();
        // Links with a protocol and e-mail addresses are never read out, whatever the domain.
        QTest::newRow("link, unknown domain")
            << "Détails sur https://allo-industrie.example/x." << 0
            << "Détails sur le site internet d'Allo Industrie Rouen Métropole.";
        QTest::newRow("link, known domain, comma after")
            << "Voir https://www.allo-industrie.com/rouen, merci." << 0
            << "Voir le site internet d'Allo Industrie Rouen Métropole, merci.";
        QTest::newRow("link to an address in brackets")
            << "La carte (http://10.0.0.1/carte) est à jour." << 0
            << "La carte (le site internet d'Allo Industrie Rouen Métropole) est à jour.";
        QTest::newRow("link after à contracts")
            << "Rendez-vous à https://x.example/a?b=1." << 0
            << "Rendez-vous au site internet d'Allo Industrie Rouen Métropole.";
        QTest::newRow("domain without protocol")
            << "Détails sur allo-industrie.com." << 0
            << "Détails sur le site internet d'Allo Industrie Rouen Métropole.";
        QTest::newRow("www address, unknown domain")
            << "Voir www.usine.example/page." << 0
            << "Voir le site internet d'Allo Industrie Rouen Métropole.";
        QTest::newRow("e-mail, unknown domain")
            << "Écrivez à contact@usine.example." << 0
            << "Écrivez à l'adresse électronique indiquée sur le site internet d'Allo Industrie "
               "Rouen Métropole.";
        QTest::newRow("mailto")
            << "Écrivez à mailto:info@allo-industrie.fr." << 0
            << "Écrivez à l'adresse électronique indiquée sur le site internet d'Allo Industrie "
               "Rouen Métropole.";
        // Phone numbers by the groups written, as French speakers say them.
        QTest::newRow("phone in pairs")
            << "Appelez le 05 61 23 45 67." << 0
            << "Appelez le zéro cinq, soixante et un, vingt-trois, quarante-cinq, soixante-sept.";
        QTest::newRow("phone run together, said in pairs")
            << "Appelez le 0561234567." << 0
            << "Appelez le zéro cinq, soixante et un, vingt-trois, quarante-cinq, soixante-sept.";
        QTest::newRow("phone with dots and no-break spaces")
            << "Tél. 02.35.12.34.80 ou 02\u00A035\u00A012\u00A034\u00A080" << 0
            << "téléphone zéro deux, trente-cinq, douze, trente-quatre, quatre-vingts ou zéro "
               "deux, trente-cinq, douze, trente-quatre, quatre-vingts";
        QTest::newRow("toll-free number as written")
            << "Numéro vert 0 805 691 282." << 0
            << "Numéro vert zéro, huit cent cinq, six cent quatre-vingt-onze, deux cent "
               "quatre-vingt-deux.";
        QTest::newRow("toll-free group with a leading zero")
            << "0 800 101 092" << 0 << "zéro, huit cents, cent un, zéro quatre-vingt-douze";
        QTest::newRow("long groups said in pairs")
            << "05 6123 4567" << 0
            << "zéro cinq, soixante et un, vingt-trois, quarante-cinq, soixante-sept";
        QTest::newRow("+33") << "+33 5 61 23 45 67" << 0
                             << "plus trente-trois, cinq, soixante et un, vingt-trois, "
                                "quarante-cinq, soixante-sept";
        // Times in words; midday and midnight by name; a duration is not a time of day.
        QTest::newRow("06:30") << "Début à 06:30." << 0 << "Début à six heures trente.";
        QTest::newRow("6 h 30") << "Début à 6 h 30." << 0 << "Début à six heures trente.";
        QTest::newRow("8h30") << "Début à 8h30." << 0 << "Début à huit heures trente.";
        QTest::newRow("18 h 00") << "Point à 18 h 00." << 0 << "Point à dix-huit heures.";
        QTest::newRow("21h01, feminine") << "Fin à 21h01." << 0 << "Fin à vingt et une heures une.";
        QTest::newRow("1 h") << "Fin à 1 h." << 0 << "Fin à une heure.";
        QTest::newRow("12 h is midi") << "Essai à 12 h." << 0 << "Essai à midi.";
        QTest::newRow("0 h is minuit") << "Jusqu'à 0 h." << 0 << "Jusqu'à minuit.";
        QTest::newRow("12:15") << "Essai à 12:15." << 0 << "Essai à midi quinze.";
        QTest::newRow("a duration is not midi")
            << "Arrêt pendant 12 h." << 0 << "Arrêt pendant douze heures.";
        QTest::newRow("h before a letter stays") << "Sur 5 hectares." << 0 << "Sur 5 hectares.";
        // Dates: the weekday only when the year is known, so it is right.
        QTest::newRow("dd/mm, year known")
            << "Le 27/03 au matin." << 2026 << "Le vendredi 27 mars au matin.";
        QTest::newRow("dd/mm, year unknown") << "Le 27/03 au matin." << 0 << "Le 27 mars au matin.";
        QTest::newRow("dd/mm/yyyy") << "Le 01/04/2026." << 0 << "Le mercredi 1er avril 2026.";
        QTest::newRow("ISO date") << "Le 2026-03-27." << 0 << "Le vendredi 27 mars 2026.";
        QTest::newRow("not a date") << "Ratio 45/99." << 2026 << "Ratio 45/99.";
        // Abbreviations: expanded, or spelled, as a caller understands them.
        QTest::newRow("POI after its expansion, typographic apostrophe")
            << "Exercice de notre plan d’opération interne (POI)." << 0
            << "Exercice de notre plan d'opération interne.";
        QTest::newRow("POI alone") << "Déclenchement du POI ce matin." << 0
                                   << "Déclenchement du plan d'opération interne ce matin.";
        QTest::newRow("exercice POI") << "Dans le cadre de l'exercice POI." << 0
                                      << "Dans le cadre de l'exercice du plan d'opération interne.";
        QTest::newRow("PPI") << "Zone PPI." << 0 << "Zone plan particulier d'intervention.";
        QTest::newRow("ICPE") << "Une ICPE." << 0
                              << "Une installation classée pour la protection de l'environnement.";
        QTest::newRow("SDIS and DREAL")
            << "Le SDIS et la DREAL." << 0
            << "Le service départemental d'incendie et de secours et la direction régionale de "
               "l'environnement.";
        QTest::newRow("ZI") << "ZI de Petit-Couronne" << 0 << "zone industrielle de Petit-Couronne";
        QTest::newRow("St-") << "St-Étienne-du-Rouvray" << 0 << "Saint-Étienne-du-Rouvray";
        QTest::newRow("spelled letters") << "Poste EDF." << 0 << "Poste E D F.";
        QTest::newRow("n° glued") << "Dépôt n°2." << 0 << "Dépôt numéro 2.";
        QTest::newRow("env.") << "Durée env. 2 heures." << 0 << "Durée environ 2 heures.";
        QTest::newRow("POIX is a word") << "Route de POIX." << 0 << "Route de POIX.";
        // Units after a number, singular below two.
        QTest::newRow("km") << "À 2 km du site." << 0 << "À 2 kilomètres du site.";
        QTest::newRow("1,5 km is singular") << "À 1,5 km." << 0 << "À 1,5 kilomètre.";
        QTest::newRow("°C glued") << "Il fait 20°C." << 0 << "Il fait 20 degrés Celsius.";
        QTest::newRow("dB") << "Jusqu'à 85 dB." << 0 << "Jusqu'à 85 décibels.";
        QTest::newRow("percent glued") << "Baisse de 30%." << 0 << "Baisse de 30 pour cent.";
        QTest::newRow("m³ with thousands")
            << "Rejet de 1 000 m³." << 0 << "Rejet de 1 000 mètres cubes.";
        QTest::newRow("m") << "Flamme de 10 m." << 0 << "Flamme de 10 mètres.";
        QTest::newRow("km/h") << "Vent de 50 km/h." << 0 << "Vent de 50 kilomètres heure.";
        QTest::newRow("m before a word stays") << "Le 3 mars." << 0 << "Le 3 mars.";
        // What is not said: typographic spaces, emoji, markup.
        QTest::newRow("no-break spaces")
            << "Attention\u00A0: bruit\u202F!" << 0 << "Attention : bruit !";
        QTest::newRow("emoji and symbols")
            << "Torchage 🔥 prévu 👩🏽‍💻 ✅ ©." << 0 << "Torchage prévu.";
        QTest::newRow("HTML") << "<p><b>Torchage</b> prévu &amp; visible</p>" << 0
                              << "Torchage prévu et visible";
        QTest::newRow("Markdown") << "**Torchage** prévu, voir [la carte](https://x.example/carte)."
                                  << 0 << "Torchage prévu, voir la carte.";
        QTest::newRow("hashtag and mention") << "#Torchage signalé à @AlloIndustrieRM." << 0
                                             << "Torchage signalé à Allo Industrie RM.";
        QTest::newRow("lines are sentences")
            << "- Torchage ce soir\n- Aucun danger" << 0 << "Torchage ce soir. Aucun danger";
    }

    void french()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(QString, expected);
        QCOMPARE(SpokenForm::of(text, QStringLiteral("fr"), year, rouen), expected);
    }

    void english_data()
    {
        columns();
        QTest::newRow("link, unknown domain")
            << "Details at https://allo-industrie.example/x." << 0
            << "Details at the Allo Industrie Rouen Métropole website.";
        QTest::newRow("e-mail")
            << "Write to contact@usine.example." << 0
            << "Write to the e-mail address given on the Allo Industrie Rouen Métropole website.";
        // Phone numbers digit by digit, in the groups written.
        QTest::newRow("phone in pairs")
            << "Call 05 61 23 45 67." << 0
            << "Call zero five, six one, two three, four five, six seven.";
        QTest::newRow("toll-free number")
            << "Call 0 805 691 282." << 0
            << "Call zero, eight zero five, six nine one, two eight two.";
        QTest::newRow("+33") << "+33561234567" << 0
                             << "plus three three, five, six one, two three, four five, six seven";
        // Times: twelve-hour, a.m. or p.m. said once whatever way it is written.
        QTest::newRow("6:30 am, said once")
            << "Since 6:30 am, flaring." << 0 << "Since six thirty a.m., flaring.";
        QTest::newRow("6:30 a.m. at a sentence's end")
            << "Flaring since 6:30 a.m. It is safe." << 0
            << "Flaring since six thirty a.m. It is safe.";
        QTest::newRow("6pm") << "Until 6pm." << 0 << "Until six p.m.";
        QTest::newRow("6.30 PM") << "Until 6.30 PM today." << 0 << "Until six thirty p.m. today.";
        QTest::newRow("24-hour clock")
            << "From 8:30 to 18:05." << 0 << "From eight thirty a.m. to six oh five p.m.";
        QTest::newRow("noon") << "At 12:00." << 0 << "At noon.";
        QTest::newRow("a duration") << "Stopped for 2 h." << 0 << "Stopped for two hours.";
        QTest::newRow("dd/mm, year known")
            << "On 27/03 in the morning." << 2026 << "On Friday 27 March in the morning.";
        QTest::newRow("POI, its article agrees")
            << "A POI drill." << 0 << "An internal emergency plan drill.";
        QTest::newRow("an ICPE") << "It is an ICPE." << 0
                                 << "It is a classified industrial installation.";
        QTest::newRow("approx. and °C")
            << "approx. 20°C" << 0 << "approximately 20 degrees Celsius";
        QTest::newRow("1 km is singular") << "1 km away" << 0 << "1 kilometre away";
        QTest::newRow("1.5 km is plural") << "1.5 km away" << 0 << "1.5 kilometres away";
        QTest::newRow("percent") << "Down 50%." << 0 << "Down 50 per cent.";
        QTest::newRow("ZI") << "the ZI" << 0 << "the industrial estate";
        QTest::newRow("no-break spaces and emoji")
            << "Flaring\u00A0tonight 🔥." << 0 << "Flaring tonight.";
    }

    void english()
    {
        QFETCH(QString, text);
        QFETCH(int, year);
        QFETCH(QString, expected);
        QCOMPARE(SpokenForm::of(text, QStringLiteral("en"), year, rouen), expected);
    }

    void withoutService_namesAlloIndustrie()
    {
        QCOMPARE(SpokenForm::of(QStringLiteral("Voir https://a.example."), QStringLiteral("fr")),
                 QStringLiteral("Voir le site internet d'Allo Industrie."));
        QCOMPARE(SpokenForm::website(QStringLiteral("en"), QString()),
                 QStringLiteral("the Allo Industrie website"));
    }
};

QTEST_GUILESS_MAIN(TestSpokenForm)
#include "tst_spokenform.moc"
