#include "HotlineSpeaker.h"

#include "HotlineScript.h"

#include <QLocale>
#if ALLO_HAVE_TEXTTOSPEECH
#include <QTextToSpeech>

namespace {

QLocale::Language localeLanguage(const QString &language)
{
    return language == QLatin1String("fr") ? QLocale::French : QLocale::English;
}

} // namespace

HotlineSpeaker::HotlineSpeaker(QObject *parent)
    : QObject(parent)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_speaking)
            return;
        const QString name = m_current ? m_current->engine() : QString();
        stop();
        fail(tr("The speech engine %1 did not finish speaking the script in time and was "
                "stopped. Check this computer's sound output, then try Listen again.")
                 .arg(name));
    });
}

void HotlineSpeaker::loadEngines()
{
    if (m_loaded)
        return;
    m_loaded = true;
    for (const QString &name : QTextToSpeech::availableEngines()) {
        Engine engine{name, new QTextToSpeech(name, this), {}};
        if (engine.speech->state() == QTextToSpeech::Error) {
            engine.problem = engine.speech->errorString();
            delete engine.speech;
            engine.speech = nullptr;
        } else {
            QTextToSpeech *speech = engine.speech;
            connect(speech, &QTextToSpeech::stateChanged, this,
                    [this, speech](QTextToSpeech::State state) {
                        if (speech != m_current)
                            return;
                        if (state == QTextToSpeech::Speaking)
                            setSpeaking(true);
                        else if (state == QTextToSpeech::Ready)
                            setSpeaking(false);
                    });
            // Engines report one failure several times (flite: no device, then the format).
            connect(speech, &QTextToSpeech::errorOccurred, this,
                    [this, speech](QTextToSpeech::ErrorReason, const QString &error) {
                        if (speech != m_current || !m_speaking)
                            return;
                        setSpeaking(false);
                        fail(tr("The hotline script could not be played (%1: %2). Check that "
                                "this computer has a working sound output.")
                                 .arg(speech->engine(), error));
                    });
        }
        m_engines.append(engine);
    }
}

bool HotlineSpeaker::selectVoice(Engine &engine, const QString &language)
{
    for (const QLocale &locale : engine.speech->availableLocales()) {
        if (locale.language() != localeLanguage(language))
            continue;
        engine.speech->setLocale(locale);
        const QList<QVoice> voices = engine.speech->availableVoices();
        if (voices.isEmpty())
            continue;
        engine.speech->setVoice(voices.first());
        return true;
    }
    QStringList locales;
    for (const QLocale &locale : engine.speech->availableLocales())
        locales.append(QLocale::languageToString(locale.language()));
    locales.removeDuplicates();
    engine.problem = locales.isEmpty()
                         ? tr("no voices")
                         : tr("voices only in %1").arg(locales.join(QLatin1String(", ")));
    return false;
}

void HotlineSpeaker::speak(const QString &script, const QString &language)
{
    stop();
    if (script.trimmed().isEmpty())
        return;
    loadEngines();
    if (m_engines.isEmpty()) {
        fail(tr("No text-to-speech engine is installed, so the script cannot be heard here. "
                "Install speech-dispatcher with espeak-ng (French and English voices)."));
        return;
    }
    m_current = nullptr;
    for (Engine &engine : m_engines) {
        if (engine.speech && selectVoice(engine, language)) {
            m_current = engine.speech;
            break;
        }
    }
    if (!m_current) {
        QStringList why;
        for (const Engine &engine : std::as_const(m_engines))
            why.append(QStringLiteral("%1: %2").arg(engine.name, engine.problem));
        const QString voice = language == QLatin1String("fr") ? tr("No French voice is available")
                                                              : tr("No English voice is available");
        fail(tr("%1 (%2). Install and start speech-dispatcher with espeak-ng to hear the script; "
                "its duration and text above are what callers will get.")
                 .arg(voice, why.join(QLatin1String("; "))));
        return;
    }
    m_current->setRate(engineRate(m_wordsPerMinute));
    setSpeaking(true);
    const double seconds = HotlineScript::seconds(script, m_wordsPerMinute);
    m_watchdog.start(int(seconds * 2000) + 10000);
    m_current->say(script);
}

void HotlineSpeaker::stop()
{
    m_watchdog.stop();
    if (m_current && m_current->state() == QTextToSpeech::Speaking)
        m_current->stop();
    setSpeaking(false);
}

#else // !ALLO_HAVE_TEXTTOSPEECH

HotlineSpeaker::HotlineSpeaker(QObject *parent)
    : QObject(parent)
{}

void HotlineSpeaker::speak(const QString &, const QString &)
{
    fail(unavailable());
}

void HotlineSpeaker::stop()
{
    setSpeaking(false);
}

#endif

QString HotlineSpeaker::unavailable()
{
#if ALLO_HAVE_TEXTTOSPEECH
    return {};
#else
    // The MinGW build (packaging/windows/cross) has no Qt TextToSpeech: its sources could not be
    // fetched there, and its Windows back-end (SAPI) needs MSVC's ATL anyway.
    return tr("This build of the console cannot speak the script: it was made without a "
              "text-to-speech module. The script's text and duration are what callers will get.");
#endif
}

double HotlineSpeaker::engineRate(int wordsPerMinute)
{
    return qBound(-1.0, (wordsPerMinute - 150) / 100.0, 1.0);
}

void HotlineSpeaker::setSpeaking(bool speaking)
{
    if (!speaking)
        m_watchdog.stop();
    if (speaking == m_speaking)
        return;
    m_speaking = speaking;
    emit speakingChanged(speaking);
}

void HotlineSpeaker::fail(const QString &message)
{
    setSpeaking(false);
    emit problem(message);
}
