// Every keystroke in the editor re-renders all channels: the time to render all six channels of
// a 2,000-character notice, one character less every other run as typing gives them (target:
// median under 1 ms), next to a plain QJsonDocument serialisation of the same notice as a
// baseline measured in the same run.
#include "ChannelRenderer.h"
#include "TestData.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Figures
{
    double medianUs;
    double p99Us;
};

Figures measure(int runs, const std::function<void()> &work)
{
    for (int i = 0; i < runs / 10; ++i) // warm caches, translators and icon tables
        work();
    std::vector<qint64> ns;
    ns.reserve(static_cast<size_t>(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        ns.push_back(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) {
        return static_cast<double>(ns.at(static_cast<size_t>(q * static_cast<double>(runs - 1)))) /
               1000.0;
    };
    return {at(0.5), at(0.99)};
}

// A realistic French text of exactly 2,000 characters, with times, dates, a URL and typography.
QString longText()
{
    const QString sentence = QStringLiteral(
        "Une intervention de maintenance est programmée du 27/03 à 8h30 au 28/03 à 19 h sur "
        "l’unité de distillation ; des épisodes de torchage « ponctuels » pourront être observés "
        "(env. 2 km autour du site). Informations : https://www.allo-industrie.com/le_havre. ");
    QString text;
    while (text.size() < 2000)
        text += sentence;
    text.truncate(2000);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int runs = 2000;
    // Two texts one keystroke apart, taken in turn, as typing gives them: nothing one run
    // computed is the next run's answer (FrenchTypography keeps its last one).
    Notice typed[2];
    for (int i = 0; i < 2; ++i) {
        typed[i] = TestData::sample(QStringLiteral("flaring-maintenance"));
        typed[i].setText(QStringLiteral("fr"), longText().chopped(i));
        typed[i].setText(QStringLiteral("en"), QString());
    }
    const Notice &notice = typed[0];
    const RenderContext context = ChannelRenderer::context(notice, TestData::sampleNow());
    int keystroke = 0;
    const auto next = [&]() -> const Notice & { return typed[keystroke++ % 2]; };

    qsizetype sink = 0;
    const Figures all = measure(runs, [&] {
        const Notice &current = next();
        for (const QString &channel : Vocabulary::channels())
            sink += ChannelRenderer::render(current, context, channel, QStringLiteral("fr"))
                        .text.size();
    });
    std::printf("bench_render: all 6 channels, 2,000-character notice, %d runs\n", runs);
    std::printf("  render all channels   median %8.1f us   p99 %8.1f us   (target: median < "
                "1000 us)\n",
                all.medianUs, all.p99Us);
    for (const QString &channel : Vocabulary::channels()) {
        const Figures one = measure(runs, [&] {
            sink +=
                ChannelRenderer::render(next(), context, channel, QStringLiteral("fr")).text.size();
        });
        std::printf("    %-19s median %8.1f us   p99 %8.1f us\n", qPrintable(channel), one.medianUs,
                    one.p99Us);
    }
    const Figures json = measure(runs, [&] {
        sink += QJsonDocument(notice.toJson()).toJson(QJsonDocument::Compact).size();
    });
    std::printf("  baseline: QJsonDocument serialisation of the same notice   median %8.1f us   "
                "p99 %8.1f us\n",
                json.medianUs, json.p99Us);
    std::printf("  %s (output size checksum %lld)\n",
                all.medianUs < 1000 ? "target met" : "TARGET MISSED", static_cast<long long>(sink));
    // A figure, not a verdict: ./dev.sh bench goes on to the next benchmark either way.
    return 0;
}
