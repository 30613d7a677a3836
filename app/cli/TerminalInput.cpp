#include "TerminalInput.h"

#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace {

// Turns the echo off while a secret is typed.
void setEcho(bool on)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(in, &mode);
    SetConsoleMode(in, on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~ENABLE_ECHO_INPUT));
#else
    termios t{};
    if (tcgetattr(STDIN_FILENO, &t) != 0)
        return;
    if (on)
        t.c_lflag |= ECHO;
    else
        t.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &t);
#endif
}

} // namespace

bool TerminalInput::isTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO) == 1;
#endif
}

QString TerminalInput::readLine(CliOutput &io, const QString &prompt, bool secret)
{
    const bool terminal = isTerminal();
    if (terminal) {
        io.err << prompt << Qt::flush;
        if (secret)
            setEcho(false);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal && secret) {
        setEcho(true);
        io.err << Qt::endl;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    const QString text = QString::fromStdString(line);
    line.assign(line.size(), '\0'); // no copy of a secret left behind
    return text;
}
