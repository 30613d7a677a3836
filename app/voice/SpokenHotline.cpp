#include "SpokenHotline.h"

#include "ChannelRenderer.h"
#include "Vocabulary.h"

#include <QThread>

#include <memory>

namespace {

constexpr qsizetype kept = 6;

} // namespace

SpokenHotline::SpokenHotline(QObject *parent)
    : QObject(parent)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(pauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SpokenHotline::sayPending);
}

SpokenHotline::~SpokenHotline()
{
    // The engine runs at most a few seconds; the worker holds no pointer to this object.
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

void SpokenHotline::request(const Notice &notice, const RenderContext &context)
{
    m_pending.clear();
    for (const QString &language : Vocabulary::languages()) {
        const ChannelOutput out =
            ChannelRenderer::render(notice, context, QStringLiteral("hotline"), language);
        if (out.ok() && !find(out.text, context.wordsPerMinute))
            m_pending.append({out.text, language, context.wordsPerMinute});
    }
    if (!m_pending.isEmpty())
        m_pause.start();
}

void SpokenHotline::sayPending()
{
    if (m_worker || m_pending.isEmpty())
        return; // said when the running one is done
    const QList<Script> scripts = std::exchange(m_pending, {});
    auto results = std::make_shared<QList<Said>>();
    m_worker = QThread::create([scripts, results] {
        for (const Script &script : scripts)
            results->append(
                {script, HotlineVoice::speak(script.text, script.language, script.wordsPerMinute,
                                             TelephonyWav::Encoding::ALaw)});
    });
    connect(m_worker, &QThread::finished, this, [this, results] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_problem.clear();
        for (const Said &said : std::as_const(*results)) {
            if (said.audio.ok())
                m_said.prepend(said);
            else if (m_problem.isEmpty())
                m_problem = said.audio.error;
        }
        while (m_said.size() > kept)
            m_said.removeLast();
        emit said();
        sayPending();
    });
    m_worker->start(QThread::LowPriority);
}

bool SpokenHotline::sayNow()
{
    if (!m_worker && m_pending.isEmpty())
        return false;
    m_pause.stop();
    sayPending();
    return true;
}

const SpokenHotline::Said *SpokenHotline::find(const QString &script, double wordsPerMinute) const
{
    for (const Said &said : m_said) {
        if (said.script.text == script && said.script.wordsPerMinute == wordsPerMinute)
            return &said;
    }
    return nullptr;
}

void SpokenHotline::apply(RenderContext &context) const
{
    for (const Said &said : m_said)
        context.spokenLengths.append(
            {said.script.text, said.script.wordsPerMinute, said.audio.seconds});
}

QByteArray SpokenHotline::audio(const QString &script, double wordsPerMinute) const
{
    const Said *said = find(script, wordsPerMinute);
    return said ? said->audio.wav : QByteArray();
}
