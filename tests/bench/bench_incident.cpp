// An incident with 100,000 events: load from the store and show, export, memory per event.
// Targets (issue 2): load <= 1 s, export <= 300 ms, <= 300 bytes of memory per event.
#include "BenchReport.h"
#include "Checklist.h"
#include "Incident.h"
#include "PostmortemWriter.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "storage/IncidentStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTableView>
#include <QTemporaryDir>
#include <malloc.h>

namespace {
const QStringList kPhases = {"triage", "stabilize", "diagnose", "recover", "post-incident"};
const QStringList kAuthors = {"SRE Team", "Backend Team", "DevOps Team", "김지훈", "Tech Lead"};

size_t heapInUse()
{
    malloc_trim(0);
    return mallinfo2().uordblks;
}

QByteArray checklistJson()
{
    QFile file(QStringLiteral(":/checklists/incident-response.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    BenchReport report(argc, argv);
    const int events = 100'000;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    qint64 incidentId = 0;
    {
        IncidentStore store;
        if (!store.open(db))
            qFatal("%s", qPrintable(store.errorString()));
        IncidentData data;
        data.title = QStringLiteral("Benchmark incident");
        data.startedMs = 1'766'625'240'000;
        data.checklistJson = checklistJson();
        if (!store.createIncident(data))
            qFatal("%s", qPrintable(store.errorString()));
        incidentId = data.id;
        QList<TimelineEvent> batch;
        batch.reserve(events);
        for (int i = 0; i < events; ++i) {
            TimelineEvent e;
            e.atMs = data.startedMs + i * 1000LL;
            e.kind = static_cast<EventKind>(i % static_cast<int>(EventKind::KindCount));
            e.phase = kPhases.at(i % kPhases.size());
            e.author = kAuthors.at(i % kAuthors.size());
            e.text = QStringLiteral("Event %1: hikaricp.connections.active %2/20, p95 %3 ms")
                         .arg(i)
                         .arg(i % 21)
                         .arg(300 + i % 900);
            batch.append(e);
        }
        QElapsedTimer insert;
        insert.start();
        if (!store.insertEvents(incidentId, batch))
            qFatal("%s", qPrintable(store.errorString()));
        report.add(QStringLiteral("store: insert 100k events (one transaction)"), insert.elapsed(), QStringLiteral("ms"));
    }

    QList<double> loadMs, showMs, composeMs, exportMs;
    double heapPerEvent = 0;
    for (int round = 0; round < 5; ++round) {
        IncidentStore store;
        const size_t heapBefore = heapInUse();
        QElapsedTimer timer;
        timer.start();
        if (!store.open(db))
            qFatal("%s", qPrintable(store.errorString()));
        auto data = store.loadIncident(incidentId);
        if (!data || data->events.size() != events)
            qFatal("load failed");
        Incident incident(std::move(*data), QStringLiteral("en"));
        loadMs.append(timer.nsecsElapsed() / 1e6);
        const size_t heapAfterLoad = heapInUse();
        if (round == 0)
            heapPerEvent = double(heapAfterLoad - heapBefore) / events;

        timer.restart();
        TimelineModel model;
        model.setIncident(&incident);
        TimelineView view(&model);
        view.resize(1400, 800);
        view.show();
        view.table()->scrollToBottom();
        QCoreApplication::processEvents();
        showMs.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        const QByteArray markdown = PostmortemWriter().write(incident.data(), incident.checklist()).toUtf8();
        composeMs.append(timer.nsecsElapsed() / 1e6);
        QSaveFile out(dir.filePath(QStringLiteral("pm.md")));
        out.open(QIODevice::WriteOnly);
        out.write(markdown);
        out.commit();
        exportMs.append(timer.nsecsElapsed() / 1e6);
    }
    const double load = BenchReport::median(loadMs);
    const double show = BenchReport::median(showMs);
    report.add(QStringLiteral("load 100k events from the store (median of 5)"), load, QStringLiteral("ms"));
    report.add(QStringLiteral("show them in the timeline view"), show, QStringLiteral("ms"));
    report.add(QStringLiteral("load + show"), load + show, QStringLiteral("ms"), BenchTarget::atMost(1000, QStringLiteral("ms")));
    report.add(QStringLiteral("export post-mortem, 100k rows, to a synced file (median of 5)"), BenchReport::median(exportMs),
               QStringLiteral("ms"), BenchTarget::atMost(300, QStringLiteral("ms")));
    report.add(QStringLiteral("  of which composing the Markdown (13 MB)"), BenchReport::median(composeMs), QStringLiteral("ms"));
    report.add(QStringLiteral("heap per loaded event"), heapPerEvent, QStringLiteral("bytes"),
               BenchTarget::atMost(300, QStringLiteral("bytes")));
    report.add(QStringLiteral("store file size per event"), double(QFileInfo(db).size()) / events,
               QStringLiteral("bytes"));
    return report.finish();
}
