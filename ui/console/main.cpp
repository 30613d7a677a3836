#include "MainWindow.h"
#include "ProgramOptions.h"
#include "Settings.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

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
    if (!hasDisplay()) {
        std::fputs("allo-console: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
                   "Run it on a desktop, or under a virtual display:\n"
                   "  xvfb-run -a -s \"-screen 0 1280x1024x24\" allo-console\n"
                   "or without any window system: QT_QPA_PLATFORM=offscreen allo-console\n",
                   stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Allo Industrie"));
    QApplication::setApplicationName(QStringLiteral("allo-console"));
    QApplication::setApplicationVersion(Allo::version());
    QApplication::setDesktopFileName(QStringLiteral("com.allo_industrie.Console"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/allo/com.allo_industrie.Console.svg")));

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
    parser.process(app);
    const QString error = languageError.isEmpty() ? options.applyClock(parser) : languageError;
    if (!error.isEmpty()) {
        std::fprintf(stderr, "allo-console: %s\n", qUtf8Printable(error));
        return 2;
    }

    MainWindow window(*settings, options.clock());
    window.show();
    if (parser.isSet(screenshot)) {
        // After the first paint has been processed, so the picture is what a person would see.
        QTimer::singleShot(300, &window, [&window, file = parser.value(screenshot)] {
            QApplication::exit(window.grab().save(file) ? 0 : 1);
        });
    }
    return QApplication::exec();
}
