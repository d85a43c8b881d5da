#pragma once

#include <QFile>
#include <QString>
#include <chrono>
#include <condition_variable>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

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

// For reads that must stay on the calling thread (widgets): if the scope is still open after `ms`,
// a watchdog opens the FIFO for writing, so a read blocked on it returns and the test can fail.
class FifoWatchdog
{
public:
    FifoWatchdog(const QString& path, int ms)
        : m_thread([this, native = QFile::encodeName(path), ms] {
            std::unique_lock<std::mutex> lock(m_mutex);
            if (m_done.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_finished; }))
                return;
            m_fired = true;
            const int writer = ::open(native.constData(), O_WRONLY | O_NONBLOCK);
            if (writer >= 0)
                ::close(writer);
        })
    {
    }
    ~FifoWatchdog() { stop(); }
    // True when the scope had to be released: the read blocked.
    bool stop()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        if (m_thread.joinable())
            m_thread.join();
        return m_fired;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    bool m_fired = false;
    std::thread m_thread;
};
