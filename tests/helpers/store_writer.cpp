// Usage: store_writer DB INCIDENT_ID FIRST_INDEX
// Records "event N" from FIRST_INDEX on and prints "ack N" only after the store has committed it. A shared
// store that goes away is waited for (30 s) and the same event, with the same id, sent again.
#include "storage/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    IncidentStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    const qint64 incidentId = QByteArray(argv[2]).toLongLong();
    const int first = QByteArray(argv[3]).toInt();
    for (int i = first; i < first + 100'000; ++i) {
        TimelineEvent event;
        event.atMs = i;
        event.kind = EventKind::Note;
        event.text = QStringLiteral("event %1").arg(i);
        event.uuid = QUuid::createUuid();
        QElapsedTimer waiting;
        waiting.start();
        while (!store.insertEvent(incidentId, event)) {
            if (!store.lostConnection() || waiting.elapsed() > 30'000) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
                return 1;
            }
            QThread::msleep(50); // the server restarting: try again soon
        }
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
