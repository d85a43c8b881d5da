#include "FollowCommand.h"

#include "Incident.h"
#include "IncidentService.h"
#include "TerminalText.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1); // async-signal-safe
}

QByteArray lineOf(const TimelineEvent& event, bool json)
{
    const QString at = QDateTime::fromMSecsSinceEpoch(event.atMs, Qt::UTC).toString(Qt::ISODateWithMs);
    if (json) {
        const QJsonObject object{{QStringLiteral("id"), event.id},
                                 {QStringLiteral("at"), at},
                                 {QStringLiteral("kind"), EventKindInfo::key(event.kind)},
                                 {QStringLiteral("text"), event.text},
                                 {QStringLiteral("author"), event.author},
                                 {QStringLiteral("role"), event.role}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    QString who = event.author;
    if (!event.role.isEmpty())
        who += QStringLiteral(" (%1)").arg(event.role);
    return TerminalText::printable(QStringLiteral("%1  %2  %3: %4").arg(at, EventKindInfo::key(event.kind), who, event.text),
                                   TerminalText::Layout::OneLine)
        .toUtf8();
}

void print(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout); // a script reading a pipe sees each event as it comes
}
} // namespace

int FollowCommand::run(IncidentService& service, bool json)
{
    Incident* incident = service.current();
    QSet<qint64> printed;
    for (const TimelineEvent& event : incident->events()) {
        print(lineOf(event, json));
        printed.insert(event.id);
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier stop(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    IncidentFollower follower(service.store().location());
    QObject::connect(&service, &IncidentService::changesArrived, qApp, [&](const IncidentChanges& changes) {
        for (const TimelineEvent& event : changes.events) {
            if (!printed.contains(event.id)) {
                printed.insert(event.id);
                print(lineOf(event, json));
            }
        }
    });
    QObject::connect(&follower, &IncidentFollower::connectionLost, qApp, [](qint64 sinceMs, const QString& why) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(tr("Connection to the store lost at %1 (%2); reconnecting.")
                                        .arg(QDateTime::fromMSecsSinceEpoch(sinceMs).toString(Qt::ISODate), why)));
    });
    QObject::connect(&follower, &IncidentFollower::connectionRestored, qApp, [] {
        std::fprintf(stderr, "%s\n", qUtf8Printable(tr("Connected again; reading what was missed.")));
    });
    service.setFollower(&follower);
    const int code = QCoreApplication::exec();
    service.setFollower(nullptr);
    return code;
}
