#include "RandomPosts.h"

#include <QRandomGenerator>

namespace {

class Writer
{
public:
    explicit Writer(quint32 seed)
        : random(seed)
    {}

    QString post()
    {
        QString text;
        const int pieces = int(random.bounded(1, 40));
        for (int i = 0; i < pieces; ++i) {
            text += piece();
            text += separator();
        }
        // About a third are padded to around the 280 limit, where `valid` changes.
        if (random.bounded(3) == 0)
            text += QString(int(random.bounded(180, 300)), QLatin1Char('a'));
        return text;
    }

private:
    QRandomGenerator random;

    QString pick(std::initializer_list<const char16_t *> list)
    {
        return QString::fromUtf16(list.begin()[random.bounded(int(list.size()))]);
    }

    QString separator()
    {
        return pick({u" ", u" ", u" ", u" ", u"", u"\u00A0", u"\u202F", u"\n", u"  ", u"\t"});
    }

    QString piece()
    {
        switch (random.bounded(12)) {
        case 0:
        case 1:
        case 2:
            return word();
        case 3:
            return punctuation();
        case 4:
            return emoji();
        case 5:
        case 6:
            return glued(link());
        case 7:
            return glued(bareDomain());
        case 8:
            return entity();
        case 9:
            return cjk();
        case 10:
            return combining();
        default:
            return word() + punctuation();
        }
    }

    QString word()
    {
        return pick({u"Torchage", u"l’usine", u"événement",
                     u"prévu",    u"à",       u"ça",
                     u"Œuvre",    u"naïf",    u"côté",
                     u"Bientôt",  u"déjà",    u"évacuation",
                     u"18 h 00",  u"13h30",   u"0 805 691 282",
                     u"Prochain", u"point",   u"de",
                     u"la",       u"SDIS",    u"°C",
                     u"km",       u"€",       u"Ｆｒａｎｃｅ",
                     u"ß",        u"ﬁn",      u"Ελλάδα",
                     u"Москва",   u"עברית",   u"العربية",
                     u"हिन्दी",    u"ไทย",     u"x",
                     u"e",        u"1",       u"2026",
                     u"Merci."});
    }

    QString punctuation()
    {
        return pick({u".",      u",",      u":",      u";",      u"!",      u"?",     u"«",
                     u"»",      u"(",      u")",      u"…",      u"’",      u"'",     u"\"",
                     u"–",      u"—",      u"-",      u"_",      u"/",      u"@",     u"#",
                     u"$",      u"＠",     u"＃",     u"%",      u"&",      u"*",     u"+",
                     u"=",      u"[",      u"]",      u"~",      u"|",      u"`",     u"\u200B",
                     u"\u200D", u"\u200E", u"\u202A", u"\u2066", u"\u00AD", u"\uFEFF"});
    }

    QString emoji()
    {
        return pick({u"👍",
                     u"👍🏽",
                     u"👩🏽‍💻",
                     u"👨‍👩‍👧‍👦",
                     u"🇫🇷",
                     u"🇪🇺",
                     u"🇫",
                     u"1️⃣",
                     u"#️⃣",
                     u"❤️",
                     u"❤",
                     u"☀️",
                     u"🔥",
                     u"⚠️",
                     u"⚠",
                     u"🏳️‍🌈",
                     u"🏴‍☠️",
                     u"©",
                     u"®",
                     u"™",
                     u"🧑‍🚒",
                     u"🚒",
                     u"🏭",
                     u"💨",
                     u"🫠",
                     u"🏽",
                     u"\uFE0F",
                     u"↔️",
                     u"🅰️",
                     u"🇦🇶",
                     u"🏴󠁧󠁢󠁳󠁣󠁴󠁿",
                     u"👁‍🗨",
                     u"✌🏿",
                     u"🧔🏻‍♂️",
                     u"🀄",
                     u"〰️"});
    }

    QString cjk()
    {
        return pick({u"中文字符", u"日本語のテキスト", u"한국어", u"ｶﾀｶﾅ", u"。", u"、",
                     u"「引用」", u"𠀋", u"你好，世界", u"ー"});
    }

    QString combining()
    {
        return pick({u"e\u0301", u"a\u0308", u"\u0301", u"Å", u"\u212B", u"\u1100\u1161",
                     u"o\u0302\u0323", u"\u0958", u"ﬀ", u"\u2126", u"c\u0327a"});
    }

    QString entity()
    {
        return pick({u"@prefecture76", u"@allo_industrie", u"＠x", u"#Rouen", u"#incendie_lubrizol",
                     u"#été", u"#1", u"$TTE", u"$tte.pa", u"@a.com", u"#a.com", u"$a.com",
                     u"mail@allo-industrie.fr", u"a.b@c.fr", u"@", u"#"});
    }

    // What sits right against a link in real or clumsy typing: letters of other widths and
    // scripts, dashes, quotes, brackets, or the markers of other entities.
    QString glued(const QString &link)
    {
        static const std::initializer_list<const char16_t *> around = {
            u"",       u"",       u"",       u"",  u"Ａ", u"ｗｗｗ",   u"–", u"—", u"«", u"»",
            u"(",      u")",      u"\"",     u"'", u"@",  u"#",        u"$", u"_", u"-", u".",
            u"/",      u"é",      u"中",     u":", u",",  u"!",        u"?", u"…", u"a", u"1",
            u"\u00A0", u"\u202F", u"\u200B", u"‘", u"’",  u"[",        u"]", u"<", u">", u"*",
            u"+",      u"=",      u"ä",      u"х", u"🔥",  u"👍🏽", u"©"};
        return pick(around) + link + pick(around);
    }

    QString label()
    {
        return pick({u"allo-industrie",
                     u"www",
                     u"a",
                     u"x",
                     u"exemple",
                     u"rouen-metropole",
                     u"münchen",
                     u"bücher",
                     u"xn--bcher-kva",
                     u"例え",
                     u"société",
                     u"a_b",
                     u"t",
                     u"WWW",
                     u"a-b",
                     u"-a",
                     u"a-",
                     u"1",
                     u"ａｂｃ",
                     u"ß",
                     u"allo–industrie",
                     u"lubrizol",
                     u"préfecture",
                     u"seine-maritime",
                     u"xn--",
                     u"ab--cd"});
    }

    QString topLevelDomain()
    {
        return pick(
            {u"com",   u"fr",     u"org",      u"net",    u"io",   u"co",      u"paris",
             u"info",  u"museum", u"xn--p1ai", u"рф",     u"中国", u"notatld", u"example",
             u"c",     u"coop",   u"comx",     u"COM",    u"Fr",   u"bzh",     u"gouv.fr",
             u"co.uk", u"tv",     u"みんな",   u"онлайн", u"ελ",   u"local",   u"xn--mgbaam7a8h",
             u"com1",  u"frites", u"com-"});
    }

    QString domain()
    {
        QString d = label();
        for (int extra = int(random.bounded(3)); extra > 0; --extra)
            d += QLatin1Char('.') + label();
        return d + QLatin1Char('.') + topLevelDomain();
    }

    QString tail()
    {
        QString t;
        if (random.bounded(5) == 0)
            t += pick({u":8080", u":80", u":", u":x", u":443"});
        if (random.bounded(2) == 0)
            t += pick({u"/",
                       u"/rouen_metropole",
                       u"/a?b=c&d=é",
                       u"/(x)",
                       u"/page.html",
                       u"/é",
                       u"/x#frag",
                       u"/a/b/c/",
                       u"/wiki/Foo_(bar)",
                       u"/%C3%A9",
                       u"/a.b.",
                       u"/ä/ö?q=1,2",
                       u"/x–y",
                       u"/中",
                       u"/a@b",
                       u"/~u",
                       u"/a!",
                       u"/a(b)c)",
                       u"/((a))",
                       u"/Москва"});
        return t;
    }

    QString link()
    {
        if (random.bounded(8) == 0)
            return QStringLiteral("https://t.co/") +
                   pick({u"abc123", u"A1b2C3d4E5", u"x", u"abc/def", u"abc-def",
                         u"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"});
        return pick({u"https://", u"http://", u"HTTPS://", u"ftp://", u"https:/", u"http://www."}) +
               domain() + tail();
    }

    QString bareDomain() { return domain() + tail(); }
};

} // namespace

QStringList RandomPosts::generate(quint32 seed, int count)
{
    Writer writer(seed);
    QStringList posts;
    posts.reserve(count);
    for (int i = 0; i < count; ++i)
        posts.append(writer.post());
    return posts;
}
