#include "BackgroundThread.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace {
// Five steps nicer than the UI thread: about a third of its share when both want the processor
// (QThread's own priorities do nothing under Linux's default scheduler).
constexpr int NicerBy = 5;
} // namespace

void BackgroundThread::start(QThread& thread)
{
#ifdef Q_OS_LINUX
    // Emitted on the new thread itself: on Linux the nice value belongs to the calling thread, and a
    // new thread starts with its creator's.
    QObject::connect(&thread, &QThread::started, &thread,
                     [] { setpriority(PRIO_PROCESS, 0, getpriority(PRIO_PROCESS, 0) + NicerBy); },
                     Qt::DirectConnection);
#endif
    thread.start();
}
