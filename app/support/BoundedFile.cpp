#include "BoundedFile.h"

#include "StoreFiles.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
QString tooLarge(const QString& path, qint64 maxBytes)
{
    return BoundedFile::tr("%1 is larger than %2 MiB, the most the console reads from such a file. Is it the right "
                           "file? If it is, shorten it or split it.")
        .arg(path, QString::number(static_cast<double>(maxBytes) / BoundedFile::MiB, 'g', 3));
}

QString notRegular(const QString& path, const QString& kind)
{
    return BoundedFile::tr("%1 is %2, not a regular file; the console reads only regular files. Choose the file "
                           "itself.")
        .arg(path, kind);
}

bool isResource(const QString& path)
{
    return path.startsWith(QLatin1Char(':')) || path.startsWith(QLatin1String("qrc:"));
}

// The console's own files, compiled in (and the fallback where there is no POSIX): read within the same cap.
std::optional<QByteArray> readWithQFile(const QString& path, qint64 maxBytes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = BoundedFile::tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = tooLarge(path, maxBytes);
        return std::nullopt;
    }
    return bytes;
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return BoundedFile::tr("a folder");
    if (S_ISFIFO(mode))
        return BoundedFile::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return BoundedFile::tr("a device");
    if (S_ISSOCK(mode))
        return BoundedFile::tr("a socket");
    return BoundedFile::tr("not a plain file");
}

QString cannotRead(const QString& path, int code)
{
    return BoundedFile::tr("%1 cannot be read: %2").arg(path, qt_error_string(code));
}
#endif
} // namespace

std::optional<QByteArray> BoundedFile::read(const QString& path, qint64 maxBytes, QString* error)
{
    if (isResource(path))
        return readWithQFile(path, maxBytes, error);
    if (StoreFiles::contains(path)) {
        *error = tr("%1 is the incident store the console is using; choose another file.").arg(path);
        return std::nullopt;
    }
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat before = {};
    // Refused before it is opened: opening a device can have effects of its own.
    if (::stat(native.constData(), &before) != 0) {
        *error = cannotRead(path, errno);
        return std::nullopt;
    }
    if (!S_ISREG(before.st_mode)) {
        *error = notRegular(path, kindOf(before.st_mode));
        return std::nullopt;
    }
    // Non-blocking: had it been swapped for a FIFO since, open must not wait for a writer.
    int fd = -1;
    do
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = cannotRead(path, errno);
        return std::nullopt;
    }
    struct stat opened = {};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode)) {
        *error = notRegular(path, kindOf(opened.st_mode));
        ::close(fd);
        return std::nullopt;
    }
    if (opened.st_size > maxBytes) {
        *error = tooLarge(path, maxBytes);
        ::close(fd);
        return std::nullopt;
    }
    // The size can change while reading (procfs says 0, a log grows): the cap holds whatever it says.
    QByteArray bytes;
    bytes.reserve(static_cast<qsizetype>(qMin<qint64>(opened.st_size, maxBytes) + 1));
    char chunk[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = cannotRead(path, errno);
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        bytes.append(chunk, static_cast<qsizetype>(n));
        if (bytes.size() > maxBytes) {
            *error = tooLarge(path, maxBytes);
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return bytes;
#else
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = info.exists() ? notRegular(path, tr("not a plain file")) : tr("%1 cannot be read: %2").arg(path, tr("it does not exist"));
        return std::nullopt;
    }
    return readWithQFile(path, maxBytes, error);
#endif
}
