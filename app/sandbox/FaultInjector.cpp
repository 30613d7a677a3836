#include "FaultInjector.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

constexpr std::pair<const char *, FaultInjector::Fault> kNames[] = {
    {"reset", FaultInjector::Fault::Reset},
    {"http500", FaultInjector::Fault::Http500},
    {"http503", FaultInjector::Fault::Http503},
    {"http429", FaultInjector::Fault::Http429},
    {"garbage", FaultInjector::Fault::Garbage},
    {"slow", FaultInjector::Fault::Slow},
    {"drop-after-commit", FaultInjector::Fault::DropAfterCommit},
};

} // namespace

FaultInjector::FaultInjector()
    : m_random(QRandomGenerator::securelySeeded())
{}

QString FaultInjector::parse(const QString &spec)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("FaultInjector", text);
    };
    double total = 0;
    for (const QString &item : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0).trimmed();
        QString value = item.section(QLatin1Char('='), 1);
        Fault fault = Fault::None;
        for (const auto &[n, f] : kNames) {
            if (name == QLatin1String(n))
                fault = f;
        }
        if (fault == Fault::None)
            return tr("Unknown fault \"%1\": use reset, http500, http503, http429, garbage, slow "
                      "or drop-after-commit.")
                .arg(name);
        if (fault == Fault::Slow && value.contains(QLatin1Char(':'))) {
            bool ok = false;
            m_slowMs = value.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok || m_slowMs < 0)
                return tr("slow takes a probability and milliseconds, e.g. slow=0.05:3000.");
            value = value.section(QLatin1Char(':'), 0, 0);
        }
        bool ok = false;
        const double p = value.toDouble(&ok);
        if (!ok || p < 0 || p > 1)
            return tr("The probability of %1 must be between 0 and 1.").arg(name);
        m_probability[int(fault)] = p;
        total += p;
    }
    if (total > 1.0 + 1e-9)
        return tr("The faults' probabilities add up to more than 1.");
    return {};
}

void FaultInjector::setProbability(Fault fault, double probability)
{
    m_probability[int(fault)] = probability;
}

FaultInjector::Fault FaultInjector::draw()
{
    ++m_draws;
    if (!isEnabled())
        return Fault::None;
    double r = m_random.generateDouble();
    for (int i = 1; i < kFaults; ++i) {
        if (r < m_probability[i])
            return Fault(i);
        r -= m_probability[i];
    }
    return Fault::None;
}

bool FaultInjector::isEnabled() const
{
    for (double p : m_probability) {
        if (p > 0)
            return true;
    }
    return false;
}
