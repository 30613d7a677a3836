// Throughput of TweetCounter on mixed French text, next to twitter-text's own parseTweet on the
// same texts in the same run (node tools/twitter-text/bench.js). Target: at least 5 times faster,
// counted as the console counts, with its regular expressions interpreted (RegexJit). Both sides
// are timed in CPU time, so a busy machine changes the ratio little.
#include "RegexJit.h"
#include "TestData.h"
#include "TweetCounter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstdio>
#include <ctime>

namespace {

// The samples' texts and posts as an officer types them: plain sentences, French typography,
// links with and without a scheme, an occasional emoji.
QStringList corpus()
{
    QStringList texts;
    const QStringList extras = {
        QString(),
        QStringLiteral(" Plus d’informations : https://www.allo-industrie.com/rouen_metropole"),
        QStringLiteral(" « Aucun risque » selon l’exploitant\u202F!"),
        QStringLiteral(" Voir allo-industrie.com/le_havre."),
        QStringLiteral(" Prochain point à 18 h 00… 🔥"),
        QStringLiteral(" Merci de votre compréhension."),
    };
    for (const QString &path : TestData::samplePaths()) {
        const Notice notice = TestData::sample(QFileInfo(path).baseName());
        for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            const QString text = notice.text(language);
            if (text.isEmpty())
                continue;
            for (const QString &extra : extras) {
                texts.append(text + extra);
                texts.append(notice.company() + QStringLiteral(": ") + text + extra +
                             QLatin1Char(' ') + notice.link());
            }
        }
    }
    return texts;
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    RegexJit::preferInterpreter();
    QCoreApplication app(argc, argv);
    const QStringList texts = corpus();
    const int rounds = 500;

    qint64 sum = 0;
    for (const QString &text : texts) // warm-up: compiles the patterns
        sum += TweetCounter::count(text).weightedLength;
    const qint64 expectedSum = sum * rounds;
    sum = 0;
    const double start = threadCpuSeconds();
    for (int r = 0; r < rounds; ++r) {
        for (const QString &text : texts)
            sum += TweetCounter::count(text).weightedLength;
    }
    const double seconds = threadCpuSeconds() - start;
    const double perSecond = double(texts.size()) * rounds / seconds;
    std::printf("TweetCounter (patterns interpreted, as in the console): %lld texts in %.3f s of "
                "CPU: %.0f texts/s (%.2f µs/text)\n",
                static_cast<long long>(texts.size()) * rounds, seconds, perSecond, 1e6 / perSecond);

    QTemporaryFile file;
    if (!file.open())
        return 1;
    QJsonArray array;
    for (const QString &text : texts)
        array.append(text);
    file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
    file.flush();
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString script = QStringLiteral(ALLO_SOURCE_DIR "/tools/twitter-text/bench.js");
    QProcess process;
    process.start(node, {script, file.fileName(), QString::number(rounds)});
    if (node.isEmpty() || !process.waitForFinished(600000) || process.exitCode() != 0) {
        std::printf("twitter-text parseTweet: not measured (needs node and "
                    "npm ci --prefix tools/twitter-text)\n%s\n",
                    process.readAllStandardError().constData());
        return 1;
    }
    const QJsonObject reference = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const double nodeSeconds = reference.value(QLatin1String("seconds")).toDouble();
    const double nodePerSecond = reference.value(QLatin1String("texts")).toDouble() / nodeSeconds;
    std::printf("twitter-text parseTweet (node): %.0f texts/s (%.2f µs/text of CPU)\n",
                nodePerSecond, 1e6 / nodePerSecond);
    std::printf("ratio: %.1fx (target: at least 5x)\n", perSecond / nodePerSecond);
    const qint64 nodeSum = reference.value(QLatin1String("weightedLengthSum")).toInteger();
    if (nodeSum != expectedSum || sum != expectedSum) {
        std::printf("MISMATCH: weighted lengths differ (%lld here, %lld in twitter-text)\n",
                    static_cast<long long>(sum), static_cast<long long>(nodeSum));
        return 1;
    }
    std::printf("weighted lengths: identical on all %lld texts\n",
                static_cast<long long>(texts.size()));
    return 0;
}
