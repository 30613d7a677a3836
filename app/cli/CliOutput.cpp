#include "CliOutput.h"

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

CliOutput::CliOutput()
    : out(&m_stdout)
    , err(&m_stderr)
{
#ifdef Q_OS_WIN
    // The C runtime opens both in text mode, which writes every "\n" as "\r\n": what render
    // prints (a CAP file, a post) would then differ from the Linux build's byte for byte.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}
