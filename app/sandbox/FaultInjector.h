#pragma once

#include <QRandomGenerator>
#include <QString>

// Faults for tests of clients (--faults): each request draws at most one of them.
//   reset              the connection is cut before anything is applied
//   http500, http503   a server error (503 with Retry-After); nothing applied
//   http429            too many requests, with Retry-After; nothing applied
//   garbage            a 200 whose body is not JSON; nothing applied
//   slow=P:MS          the answer comes MS milliseconds late (deferred, never slept)
//   drop-after-commit  the change is applied and stored, then the connection is cut unanswered
class FaultInjector
{
public:
    enum class Fault
    {
        None,
        Reset,
        Http500,
        Http503,
        Http429,
        Garbage,
        Slow,
        DropAfterCommit
    };

    FaultInjector();
    // "reset=0.1,http500=0.1,slow=0.05:3000,…"; returns an error sentence or "".
    QString parse(const QString &spec);
    void setProbability(Fault fault, double probability);
    void setSeed(quint32 seed) { m_random.seed(seed); }

    // One draw per request.
    Fault draw();
    int slowMilliseconds() const { return m_slowMs; }
    // How many requests have drawn so far (tests wait on it to know a request has arrived).
    int draws() const { return m_draws; }
    bool isEnabled() const;

private:
    static constexpr int kFaults = int(Fault::DropAfterCommit) + 1;
    double m_probability[kFaults] = {};
    int m_slowMs = 3000;
    int m_draws = 0;
    QRandomGenerator m_random;
};
