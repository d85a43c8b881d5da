#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// The one way the console reads a file a user names or supplies (runbooks, dashboard profiles and
// their rules, the team's checklist and templates): regular files only, never more than a cap. A FIFO
// or device is refused without blocking (opened non-blocking, checked on the open descriptor), and
// reading stops at the cap, so /dev/zero or a growing file cannot exhaust memory.
class BoundedFile
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFile)
public:
    static constexpr qint64 MiB = 1024 * 1024;

    // The whole file, or nullopt with *error naming the file and what to do.
    static std::optional<QByteArray> read(const QString& path, qint64 maxBytes, QString* error);
};
