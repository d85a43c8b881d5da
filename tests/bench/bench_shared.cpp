// Seats on a shared PostgreSQL store, measured on a throw-away cluster (scripts/bench.sh starts it with
// pg_virtualenv), each figure beside the same measure on a SQLite file where that is the peer.
// Targets (issue 9): record -> shown on another seat p95 <= 50 ms; with 50 following seats p95 <= 100 ms;
// every seat caught up <= 2 s after a restarted server accepts connections; 100k events load + show <= 1 s.
#include "BenchReport.h"
#include "SharedServer.h"
#include "Incident.h"
#include "TimelineModel.h"
#include "TimelineView.h"
#include "Clock.h"
#include "IncidentService.h"
#include "storage/EventWriter.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <functional>
#include <vector>
#include <memory>

namespace {
QElapsedTimer clock0;

// Runs the event loop until done() or the time is up.
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return true;
}

qint64 newIncident(IncidentStore& store)
{
    IncidentData data;
    data.title = QStringLiteral("Bench incident");
    data.commander = QStringLiteral("Kim");
    data.startedMs = 1'766'625'240'000;
    if (!store.createIncident(data))
        qFatal("%s", qPrintable(store.errorString()));
    return data.id;
}

// Seats following one incident: each has its follower and its own copy of the incident, as a window does.
struct Seat
{
    std::unique_ptr<IncidentFollower> follower;
    std::unique_ptr<Incident> incident;
};

double p95(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(qMin<qsizetype>(samples.size() - 1, qsizetype(samples.size() * 0.95)));
}

// One seat records `events` notes, one every gapMs; every following seat's delay from the start of the
// write to the event being in its incident. Returns the delays in ms.
// `count` seats following incident id of the store `writer` is open on; each applies what arrives to its own
// copy of the incident, then hands the changes to onChanges.
std::vector<Seat> followingSeats(const QString& location, IncidentStore& writer, qint64 id, int count,
                                 const std::function<void(const IncidentChanges&)>& onChanges)
{
    std::vector<Seat> seats;
    for (int s = 0; s < count; ++s) {
        Seat seat;
        seat.follower = std::make_unique<IncidentFollower>(location);
        auto data = writer.loadIncident(id);
        seat.incident = std::make_unique<Incident>(std::move(*data), QStringLiteral("en"));
        Incident* incident = seat.incident.get();
        QObject::connect(seat.follower.get(), &IncidentFollower::changed, incident,
                         [incident, onChanges](qint64, const IncidentChanges& changes) {
                             incident->apply(changes);
                             onChanges(changes);
                         });
        seat.follower->follow(id, writer.lastChange(id));
        seats.push_back(std::move(seat));
    }
    return seats;
}

QList<double> recordToShown(const QString& location, int seats, int events, int gapMs)
{
    IncidentStore writer;
    if (!writer.open(location))
        qFatal("%s", qPrintable(writer.errorString()));
    const qint64 id = newIncident(writer);
    QHash<QString, double> sentAt;
    QList<double> delays;
    int shown = 0;
    const std::vector<Seat> followers = followingSeats(location, writer, id, seats, [&](const IncidentChanges& changes) {
        const double now = clock0.nsecsElapsed() / 1e6;
        for (const TimelineEvent& e : changes.events) {
            if (sentAt.contains(e.text)) {
                delays << now - sentAt.value(e.text);
                ++shown;
            }
        }
    });
    waitUntil([] { return false; }, 1500); // every listener connected
    for (int i = 0; i < events; ++i) {
        TimelineEvent e;
        e.atMs = 1'766'625'240'000 + i;
        e.text = QStringLiteral("bench %1").arg(i);
        e.uuid = QUuid::createUuid();
        sentAt.insert(e.text, clock0.nsecsElapsed() / 1e6);
        if (!writer.insertEvent(id, e))
            qFatal("%s", qPrintable(writer.errorString()));
        waitUntil([] { return false; }, gapMs);
    }
    if (!waitUntil([&] { return shown >= seats * events; }, 30'000))
        qWarning("only %d of %d events shown", shown, seats * events);
    return delays;
}

// This seat recording notes as the window does: the UI thread's time in each call, the longest of `notes`,
// with the commit on the event writer's thread, or (the peer) on the UI thread itself.
double ownNoteUiTime(const QString& location, bool throughWriter, int notes)
{
    IncidentStore store;
    if (!store.open(location))
        qFatal("%s", qPrintable(store.errorString()));
    IncidentService service(store, Clock::system(), QByteArray(), QStringLiteral("en"));
    std::unique_ptr<EventWriter> writer;
    if (throughWriter) {
        writer = std::make_unique<EventWriter>(location);
        service.setEventWriter(writer.get());
    }
    if (!service.declare({QStringLiteral("Bench incident"), Severity::Sev2, QStringLiteral("Kim"), 0}) ||
        !service.waitForWrites() || !service.current())
        qFatal("%s", qPrintable(service.lastError()));
    double longest = 0;
    for (int i = 0; i < notes; ++i) {
        QElapsedTimer call;
        call.start();
        if (!service.addNote(QStringLiteral("note %1").arg(i)))
            qFatal("%s", qPrintable(service.lastError()));
        longest = qMax(longest, call.nsecsElapsed() / 1e6);
        waitUntil([&] { return service.writingCount() == 0; }, 10'000); // a person types slower than a commit
    }
    if (!service.waitForWrites())
        qFatal("notes still on their way");
    service.setEventWriter(nullptr);
    return longest;
}

// Followers of a server that restarts: the time from the restarted server accepting connections until
// every seat has an event recorded right then.
double restartCatchUp(const QString& url, int seats)
{
    IncidentStore writer;
    if (!writer.open(url))
        qFatal("%s", qPrintable(writer.errorString()));
    const qint64 id = newIncident(writer);
    int caughtUp = 0;
    const std::vector<Seat> followers = followingSeats(url, writer, id, seats, [&](const IncidentChanges& changes) {
        for (const TimelineEvent& e : changes.events)
            caughtUp += e.text == QLatin1String("after the restart");
    });
    waitUntil([] { return false; }, 1000);
    QProcess ctl;
    ctl.start(QStringLiteral("pg_ctlcluster"),
              {qEnvironmentVariable("PGVERSION", QStringLiteral("15")), QStringLiteral("regress"), QStringLiteral("restart")});
    // The seats' own loops keep running while the server restarts.
    waitUntil([&] { return ctl.state() == QProcess::NotRunning; }, 60'000);
    const double accepting = clock0.nsecsElapsed() / 1e6; // pg_ctl waits until the server accepts connections
    TimelineEvent marker;
    marker.atMs = 1'766'625'300'000;
    marker.text = QStringLiteral("after the restart");
    marker.uuid = QUuid::createUuid();
    while (!writer.insertEvent(id, marker)) {
        if (!writer.lostConnection())
            qFatal("%s", qPrintable(writer.errorString()));
    }
    if (!waitUntil([&] { return caughtUp >= seats; }, 30'000))
        qWarning("only %d of %d seats caught up", caughtUp, seats);
    return clock0.nsecsElapsed() / 1e6 - accepting;
}

// Opens the store, loads the incident and shows it in the timeline: the median of three, in ms.
double loadAndShow(const QString& location, qint64 id, int events)
{
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        IncidentStore store;
        if (!store.open(location))
            qFatal("%s", qPrintable(store.errorString()));
        auto data = store.loadIncident(id);
        if (!data || data->events.size() != events)
            qFatal("load failed");
        Incident incident(std::move(*data), QStringLiteral("en"));
        TimelineModel model;
        model.setIncident(&incident);
        TimelineView view(&model);
        view.resize(1400, 800);
        view.show();
        view.table()->scrollToBottom();
        QCoreApplication::processEvents();
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchReport::median(times);
}

qint64 hundredThousandOnServer(const QString& database, int events)
{
    IncidentStore store;
    if (!store.open(SharedServer::url(database)))
        qFatal("%s", qPrintable(store.errorString()));
    const qint64 id = newIncident(store);
    // Set up in one statement (not measured): the same rows the SQLite peer gets through the store.
    if (!SharedServer::admin(QStringLiteral("INSERT INTO events (incident_id, at_ms, kind, phase, text, author)"
                              " SELECT %1, 1766625240000 + g * 1000, 'note', 'triage',"
                              " 'Event ' || g || ': hikaricp.connections.active ' || (g %% 21) || '/20', 'Kim'"
                              " FROM generate_series(0, %2) AS g")
                   .arg(id)
                   .arg(events - 1)
                   .replace(QLatin1String("%%"), QLatin1String("%")),
               database))
        qFatal("could not fill the server");
    return id;
}

qint64 hundredThousandInFile(const QString& file, int events)
{
    IncidentStore store;
    if (!store.open(file))
        qFatal("%s", qPrintable(store.errorString()));
    const qint64 id = newIncident(store);
    QList<TimelineEvent> batch;
    batch.reserve(events);
    for (int g = 0; g < events; ++g) {
        TimelineEvent e;
        e.atMs = 1'766'625'240'000 + g * 1000LL;
        e.phase = QStringLiteral("triage");
        e.author = QStringLiteral("Kim");
        e.text = QStringLiteral("Event %1: hikaricp.connections.active %2/20").arg(g).arg(g % 21);
        batch.append(e);
    }
    if (!store.insertEvents(id, batch))
        qFatal("%s", qPrintable(store.errorString()));
    return id;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    BenchReport report(argc, argv);
    if (qEnvironmentVariableIsEmpty("PGPORT"))
        qFatal("run under pg_virtualenv -t -o max_connections=400 (scripts/bench.sh does)");
    clock0.start();
    QTemporaryDir dir;
    const QString peer = QStringLiteral("SQLite file, followed by polling every 1 s");

    SharedServer::admin(QStringLiteral("CREATE DATABASE bench_one"));
    const double oneServer = p95(recordToShown(SharedServer::url(QStringLiteral("bench_one")), 1, 200, 20));
    const double oneFile = p95(recordToShown(dir.filePath(QStringLiteral("one.sqlite")), 1, 20, 100));
    report.addWithPeer(QStringLiteral("record on one seat -> shown on another, p95 (PostgreSQL LISTEN/NOTIFY)"), oneServer,
                       QStringLiteral("ms"), peer, oneFile, BenchTarget::atMost(50, QStringLiteral("ms")));

    SharedServer::admin(QStringLiteral("CREATE DATABASE bench_notes"));
    const QString notes = SharedServer::url(QStringLiteral("bench_notes"));
    report.addWithPeer(QStringLiteral("this seat records a note: UI thread's time per call, longest of 200 (commit on the writer thread)"),
                       ownNoteUiTime(notes, true, 200), QStringLiteral("ms"),
                       QStringLiteral("the commit on the UI thread"), ownNoteUiTime(notes, false, 200),
                       BenchTarget::atMost(16, QStringLiteral("ms")));

    SharedServer::admin(QStringLiteral("CREATE DATABASE bench_fifty"));
    const double fifty = p95(recordToShown(SharedServer::url(QStringLiteral("bench_fifty")), 50, 40, 50));
    report.add(QStringLiteral("record -> shown on each of 50 following seats, p95"), fifty, QStringLiteral("ms"),
               BenchTarget::atMost(100, QStringLiteral("ms")));

    SharedServer::admin(QStringLiteral("CREATE DATABASE bench_restart"));
    const double restart = restartCatchUp(SharedServer::url(QStringLiteral("bench_restart")), 5);
    report.add(QStringLiteral("server restarted: an event recorded once it accepts connections is on all 5 seats after"), restart,
               QStringLiteral("ms"), BenchTarget::atMost(2000, QStringLiteral("ms")));

    const int events = 100'000;
    SharedServer::admin(QStringLiteral("CREATE DATABASE bench_load"));
    const qint64 serverId = hundredThousandOnServer(QStringLiteral("bench_load"), events);
    const QString file = dir.filePath(QStringLiteral("load.sqlite"));
    const qint64 fileId = hundredThousandInFile(file, events);
    const double fromServer = loadAndShow(SharedServer::url(QStringLiteral("bench_load")), serverId, events);
    const double fromFile = loadAndShow(file, fileId, events);
    report.addWithPeer(QStringLiteral("100k-event incident: open, load + show from PostgreSQL (median of 3)"), fromServer,
                       QStringLiteral("ms"), QStringLiteral("the same from a SQLite file"), fromFile,
                       BenchTarget::atMost(1000, QStringLiteral("ms")));
    return report.finish();
}
