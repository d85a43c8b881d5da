#pragma once

#include <QFile>
#include <QString>
#include <chrono>
#include <future>
#include <optional>

#include <fcntl.h>
#include <unistd.h>

// Runs a read of `path` on another thread with a deadline: a read that blocks on a FIFO without a
// writer fails the test (nullopt) instead of hanging it, and is then released so the test can end.
template<typename Read>
auto withinDeadline(const QString& path, int ms, Read read) -> std::optional<decltype(read())>
{
    auto running = std::async(std::launch::async, read);
    if (running.wait_for(std::chrono::milliseconds(ms)) == std::future_status::ready)
        return running.get();
    const int writer = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
    if (writer >= 0)
        ::close(writer); // the blocked open returns and the read sees the end of the file
    running.wait();
    return std::nullopt;
}
