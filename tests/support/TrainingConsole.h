#pragma once

#include "Clock.h"
#include "ConsolePlatform.h"
#include "TempProfile.h"

#include <memory>

class MainWindow;
class Notice;
class ReviewWorkspace;
class Settings;
class QWidget;

// The console as a demo user of the training sandbox has it: a fresh profile, the platform (the
// real allo-sandbox program, HTTPS on loopback) signed in as that user, and the main window
// attached to it. Consoles given one sandbox folder share its notices: what one sends, another
// reviews.
class TrainingConsole
{
public:
    TrainingConsole(Settings &settings, const Clock &clock, const QString &sandboxDir,
                    const QString &user);
    ~TrainingConsole();

    // "" once the sandbox runs, the user is signed in and the account's sites are cached; then
    // the window is made and attached. Otherwise what went wrong, and no window.
    QString start();

    // Saves notice and sends it as this user; true once the platform holds it.
    bool submit(const Notice &notice);
    // The review page in front as a coordinator finds it: the queue's first submission selected,
    // its previews drawn, the keyboard in the queue. Nothing when the queue stays empty or the
    // previews never come.
    ReviewWorkspace *showReview();

    Store &store() { return m_profile.store(); }
    ConsolePlatform &platform() { return m_platform; }
    MainWindow &window() { return *m_window; }

private:
    Settings &m_settings;
    Clock m_clock;
    QString m_sandboxDir;
    QString m_user;
    TempProfile m_profile;
    ConsolePlatform m_platform;
    std::unique_ptr<MainWindow> m_window;
};

namespace TrainingTest {

// Shows the window and makes it the active one. A desktop's window manager activates a window
// that opens (and a dialog's parent again when the dialog closes); the offscreen platform does
// not, and keys sent to an inactive window reach no widget.
bool showActive(QWidget *window);

// The issuer of Chimie de la Vallée sends the samples named (TestData's) for its site in the
// sandbox on sandboxDir, for a coordinator to find in the queue. "" once the platform holds
// them all, otherwise what went wrong.
QString submitForReview(Settings &settings, const Clock &clock, const QString &sandboxDir,
                        const QStringList &samples);

} // namespace TrainingTest
