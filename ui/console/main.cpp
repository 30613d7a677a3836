#include "ConsolePlatform.h"
#include "CredentialStore.h"
#include "FirstPaint.h"
#include "HeapTrim.h"
#include "JournalAnchor.h"
#include "LogFile.h"
#include "MainWindow.h"
#include "Profile.h"
#include "ProgramOptions.h"
#include "RegexJit.h"
#include "Settings.h"
#include "StartupProbe.h"
#include "Store.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Without a display Qt aborts with a cryptic platform-plugin error; say what to do instead.
bool hasDisplay()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    RegexJit::preferInterpreter();
    HeapTrim::keepFreedMemory(); // the outbox's rounds reuse their memory
    // Without a display, --help and --version still answer (inventory scripts, the manual page):
    // the options are parsed with a QCoreApplication, and only a real start needs the display.
    const bool display = hasDisplay();
    std::unique_ptr<QCoreApplication> app;
    if (display)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QCoreApplication::setApplicationName(QStringLiteral("allo-console"));
    QCoreApplication::setApplicationVersion(Allo::version());

    const auto settings = Settings::standard();
    const QString languageError = ProgramOptions::applyLanguage(
        QApplication::arguments(), settings->value(Settings::Key::Language).toString());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Allo Industrie publishing console."));
    parser.addHelpOption();
    parser.addVersionOption();
    ProgramOptions options;
    options.addTo(parser);
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this file once it is "
                                        "shown, then quit (for documentation and support)."),
        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Train: start the training sandbox (allo-sandbox, "
                                        "stopped with the console) and sign in to it. Nothing "
                                        "is published; the training profile is kept apart from "
                                        "the real one."));
    parser.addOption(sandbox);
    const QCommandLineOption sandboxUser(
        QStringLiteral("sandbox-user"),
        QApplication::translate("main", "The training account to sign in as (issuer.chimie, "
                                        "issuer.raffinerie, coord.anne, coord.bruno)."),
        QApplication::translate("main", "user"), QStringLiteral("issuer.chimie"));
    parser.addOption(sandboxUser);
    parser.addOption(Profile::option());
    parser.process(*app);
    if (!display) {
        std::fputs("allo-console: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Run it on a desktop, or under a virtual display:\n"
                   "  xvfb-run -a -s \"-screen 0 1280x1024x24\" allo-console\n"
                   "or without any window system: QT_QPA_PLATFORM=offscreen allo-console\n",
                   stderr);
        return 2;
    }
    QGuiApplication::setDesktopFileName(QStringLiteral("com.allo_industrie.Console"));
    const QString error = languageError.isEmpty() ? options.applyClock(parser) : languageError;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "allo-console: %s\n", qUtf8Printable(error));
        return 2;
    }

    const bool training = parser.isSet(sandbox);
    // Training notices never share a profile (drafts, outbox) with real ones.
    const Profile profile = training && !parser.isSet(Profile::option())
                                ? Profile(Profile::standard().dir() + QLatin1String("-training"))
                                : Profile::fromParser(parser);
    if (!LogFile::install(profile.dir()))
        std::fprintf(stderr, "allo-console: cannot write the log in %s\n",
                     qUtf8Printable(profile.dir()));
    // The integrity check runs in the background so a large profile opens at once.
    Store store(profile, options.clock());
    if (!store.open(Store::Check::Background)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Allo Industrie console"),
                              store.errorString());
        return 1;
    }
    for (const QString &warning : store.warnings())
        QMessageBox::warning(nullptr, QApplication::translate("main", "Allo Industrie console"),
                             warning);
    // The journal's anchor in the keychain. Not for training: its credentials stay in memory and
    // the training profile never touches the real keychain. The keychain (D-Bus, libsecret) is
    // asked after the first paint, so the window shows sooner and lighter; the journal keeps
    // writing meanwhile and keys those entries when the answer comes (Journal::awaitKey).
    CredentialStore journalKeychain(CredentialStore::standardService());
    std::optional<JournalAnchor> journalAnchor;
    if (!training) {
        journalAnchor.emplace(store, journalKeychain, options.clock());
        store.journal().awaitKey();
    }
    QObject::connect(&store.integrityCheck(), &IntegrityCheck::finished, app.get(),
                     [](bool damaged, const QString &detail) {
                         if (damaged)
                             QMessageBox::warning(
                                 nullptr, QApplication::translate("main", "Allo Industrie console"),
                                 QApplication::translate(
                                     "main", "The profile's database failed its integrity check "
                                             "(%1). At the next start it will be kept aside, "
                                             "unchanged, and a new one started. Keep working "
                                             "now; export diagnostics for support.")
                                     .arg(detail));
                     });

    std::optional<ConsolePlatform> platform; // outlives the window, which refers to it
    MainWindow window(*settings, options.clock(), store);
    StartupProbe::watch(&window);
    // The window's own paint does not draw its icon (the window manager does), and the SVG icon
    // loads Qt SVG: after the first paint, like the platform below.
    FirstPaint::then(&window, [] {
        QGuiApplication::setWindowIcon(
            QIcon(QStringLiteral(":/allo/com.allo_industrie.Console.svg")));
    });
    if (journalAnchor) {
        QObject::connect(
            &*journalAnchor, &JournalAnchor::attached, &window,
            [&window, &journalAnchor](JournalAnchor::State state) {
                if (state == JournalAnchor::State::Mismatch)
                    QMessageBox::warning(&window,
                                         QApplication::translate("main", "Allo Industrie console"),
                                         QApplication::translate("main", "Warning: %1.")
                                             .arg(journalAnchor->problem()));
                else if (state != JournalAnchor::State::Anchored)
                    window.statusBar()->showMessage(
                        QApplication::translate("main",
                                                "The journal is not anchored in the keychain: "
                                                "%1. Your drafts and outbox are saved as usual; "
                                                "start the console again once the keychain "
                                                "is unlocked.")
                            .arg(journalAnchor->problem()));
            });
        FirstPaint::then(
            &window, [&journalAnchor] { journalAnchor->attachLater(JournalAnchor::Mode::Write); });
    }
    // The platform (TLS set-up, network state, the training sandbox) and the review tab come
    // just after the window's first paint: the draft shows sooner.
    FirstPaint::then(&window, [&] {
        platform.emplace(*settings, store, options.clock());
        const QString platformError =
            training
                ? platform->connectTraining(QDir(profile.dir()).filePath(QStringLiteral("sandbox")),
                                            parser.value(sandboxUser))
                : platform->connectConfigured();
        if (!platformError.isEmpty() && training) {
            QMessageBox::critical(
                &window, QApplication::translate("main", "Allo Industrie console"), platformError);
            QApplication::exit(1);
            return;
        }
        window.attachPlatform(*platform);
        if (!platformError.isEmpty())
            QMessageBox::warning(&window, QApplication::translate("main", "Allo Industrie console"),
                                 QApplication::translate("main",
                                                         "The platform settings cannot be used: %1 "
                                                         "Notices are kept in the outbox; correct "
                                                         "the platform in the settings.")
                                     .arg(platformError));
    });
    window.show();
    if (parser.isSet(screenshot)) {
        // After the first paint has been processed, so the picture is what a person would see.
        QTimer::singleShot(300, &window, [&window, file = parser.value(screenshot)] {
            QApplication::exit(window.grab().save(file) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
