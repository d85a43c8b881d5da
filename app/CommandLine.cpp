#include "CommandLine.h"

#include "AppSettings.h"
#include "Clock.h"
#include "DataFiles.h"
#include "FollowCommand.h"
#include "AlertsCommand.h"
#include "AlertmanagerSources.h"
#include "DashboardProfileLoader.h"
#include "Incident.h"
#include "IncidentMove.h"
#include "IncidentService.h"
#include "Logging.h"
#include "PostmortemExport.h"
#include "ReportComposer.h"
#include "runbook/RunbookReport.h"
#include "TerminalText.h"
#include "runbook/RunbookRules.h"
#include "TimeOffset.h"
#include "storage/IncidentStore.h"
#include "storage/Outbox.h"

#include <CLI/CLI.hpp>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <iostream>
#include <optional>
#include <tuple>
#include <vector>

namespace {
std::string s(const QString& text)
{
    return text.toStdString();
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

// Stored text on the terminal: escaped control characters, and one line per cell in tables.
std::string cell(const QString& text)
{
    return s(TerminalText::printable(text, TerminalText::Layout::OneLine));
}

std::string lines(const QString& text)
{
    return s(TerminalText::printable(text));
}

int failure(const QString& message, int code = 1)
{
    std::cerr << lines(message) << std::endl;
    return code;
}

// Ids are plain decimal numbers: "0x1" or 2^64 must not quietly name another incident.
std::optional<qint64> incidentIdOf(const std::string& text)
{
    static const QRegularExpression decimal(QStringLiteral("^[1-9][0-9]{0,18}$"));
    const QString word = q(text);
    bool ok = false;
    const qint64 id = word.toLongLong(&ok, 10);
    if (!decimal.match(word).hasMatch() || !ok)
        return std::nullopt;
    return id;
}

const QStringList& verbs()
{
    static const QStringList list = {QStringLiteral("list"), QStringLiteral("new"), QStringLiteral("note"),
                                     QStringLiteral("check"), QStringLiteral("status"), QStringLiteral("sev"),
                                     QStringLiteral("export"), QStringLiteral("demo"), QStringLiteral("report"),
                                     QStringLiteral("runbook"), QStringLiteral("follow"), QStringLiteral("handover"),
                                     QStringLiteral("move"), QStringLiteral("alerts"), QStringLiteral("attach")};
    return list;
}
} // namespace

bool CommandLine::isVerb(const QString& word)
{
    return verbs().contains(word);
}

bool CommandLine::drawsCharts(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "export")
            return true;
    }
    return false;
}

bool CommandLine::writesNothing(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (isVerb(arg))
            return arg == QLatin1String("runbook");
    }
    return false;
}

bool CommandLine::wantsHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (isVerb(arg) || arg == QLatin1String("--help") || arg == QLatin1String("-h"))
            return true;
    }
    return false;
}

int CommandLine::run(int argc, char** argv, const std::function<int(const GlobalOptions&)>& openWindow)
{
    CLI::App cli{s(tr("Incident Console: declare incidents, follow the checklist, record the timeline and export "
                      "post-mortems. Without a command it opens the console window."))};
    cli.name("incident-console");
    // --db, else IC_DB, else the settings, else the file in the data folder.
    QString defaultStore = qEnvironmentVariable("IC_DB");
    if (defaultStore.isEmpty())
        defaultStore = AppSettings::storeLocation();
    if (defaultStore.isEmpty())
        defaultStore = DataFiles::defaultStorePath();
    std::string dbPath = s(defaultStore);
    std::string language;
    std::string author = s(AppSettings::author());
    // The default is shown masked: IC_DB may carry a password.
    cli.add_option("--db", dbPath,
                   s(tr("the incident store: a SQLite file, or a shared PostgreSQL database as "
                        "postgresql://user@host:5432/database (also IC_DB); now %1")
                         .arg(StoreLocation::masked(defaultStore))));
    cli.add_option("--lang", language, s(tr("language of the interface and exports: en or ko")))
        ->check(CLI::IsMember({"en", "ko"}));
    cli.add_option("--author", author, s(tr("who is recorded as the owner of new events")));
    std::string openIncidentText;
    cli.add_option("--open", openIncidentText, s(tr("open this incident in the window (default: the last one)")));
    std::string profile;
    cli.add_option("--profile", profile, s(tr("the dashboard profile (YAML or JSON) for the metric charts")));
    std::string alertmanager;
    cli.add_option("--alertmanager", alertmanager,
                   s(tr("Alertmanager's URL, e.g. http://alertmanager:9093 (else the profile's \"alertmanager:\", "
                        "else the one set in the console)")));
    bool wall = false;
    cli.add_flag("--wall", wall, s(tr("open the war-room wall view full screen (read-only; Esc leaves)")));
    std::string role;
    cli.add_option("--role", role, s(tr("this seat's role in the incident: commander, deputy, scribe, comms, observer "
                                        "or wall (recorded with its events; the post-mortem lists who held which)")))
        ->check(CLI::IsMember({"commander", "deputy", "scribe", "comms", "observer", "wall"}));
    // Applied before parsing (Logging::levelsFromArguments), so the first lines obey it; checked and listed here.
    std::vector<std::string> logLevels;
    cli.add_option("--log-level", logLevels,
                   s(tr("what the log keeps: debug, info (the default), warning or error; one module with "
                        "ic.network=debug (modules: ic.app, ic.store, ic.network, ic.runbook, ic.metrics, ic.alerts)")))
        ->allow_extra_args(false)
        ->check(CLI::Validator(
            [](std::string& value) {
                QString error;
                return Logging::rulesFor(q(value), &error) ? std::string() : s(error);
            },
            "LEVEL"));
    cli.require_subcommand(0, 1);

    std::string incidentIdText;
    std::vector<CLI::Option*> incidentOptions;
    auto addIncidentOption = [&incidentIdText, &incidentOptions](CLI::App* verb) {
        incidentOptions.push_back(
            verb->add_option("--incident", incidentIdText, s(tr("the incident's id (see \"list\")")))->required());
    };

    CLI::App* list = cli.add_subcommand("list", s(tr("list recorded incidents")));

    CLI::App* create = cli.add_subcommand("new", s(tr("declare an incident; prints its id")));
    std::string title, commander, started;
    std::string severity = "2";
    create->add_option("--title", title, s(tr("what is broken (from the alert's summary with --from-alert)")));
    std::string fromAlert;
    create->add_option("--from-alert", fromAlert,
                       s(tr("declare from this Alertmanager alert (its fingerprint, see \"alerts\"): title, SEV and "
                            "start come from it, and it is the first timeline event")));
    create->add_option("--sev", severity, s(tr("severity: 1, 2 or 3")))
        ->check(CLI::IsMember({"1", "2", "3"}))
        ->capture_default_str();
    create->add_option("--commander", commander, s(tr("the incident commander")));
    create->add_option("--started", started, s(tr("when the impact began, ISO 8601 (default: now)")));

    CLI::App* note = cli.add_subcommand("note", s(tr("add a note (or another kind of event) to the timeline")));
    addIncidentOption(note);
    std::vector<std::string> words;
    std::string kind = "note";
    note->add_option("text", words, s(tr("the note's text")))->required();
    note->add_option("--kind", kind, s(tr("note, action, alert or status-update")))
        ->check(CLI::IsMember({"note", "action", "alert", "status-update"}));

    CLI::App* check = cli.add_subcommand("check", s(tr("check a checklist item; without an item, list the items")));
    addIncidentOption(check);
    std::string itemId;
    bool uncheck = false;
    check->add_option("item", itemId, s(tr("the item's id, as the list shows it")));
    check->add_flag("--uncheck", uncheck, s(tr("uncheck the item instead")));

    CLI::App* status = cli.add_subcommand("status", s(tr("set the status")));
    addIncidentOption(status);
    std::string statusKey;
    std::string statusAt;
    status->add_option("status", statusKey, s(tr("investigating, identified, mitigated, monitoring or resolved")))
        ->required()
        ->check(CLI::IsMember({"investigating", "identified", "mitigated", "monitoring", "resolved"}));
    status->add_option("--at", statusAt,
                       s(tr("when it happened, ISO 8601 (default: now), e.g. the moment the impact stopped")));

    CLI::App* sev = cli.add_subcommand("sev", s(tr("change the severity")));
    addIncidentOption(sev);
    std::string newSeverity = "2";
    sev->add_option("level", newSeverity, s(tr("1, 2 or 3")))->required()->check(CLI::IsMember({"1", "2", "3"}));

    CLI::App* exportVerb = cli.add_subcommand("export", s(tr("write the post-mortem as Markdown")));
    addIncidentOption(exportVerb);
    std::string out;
    exportVerb->add_option("--out", out, s(tr("the Markdown file to write")))->required();

    CLI::App* demo = cli.add_subcommand("demo", s(tr("record the demo incident (seed 001); prints its id")));

    CLI::App* report = cli.add_subcommand("report", s(tr("print the filled SEV status report, to send elsewhere")));
    addIncidentOption(report);
    std::vector<std::string> fieldValues;
    report->add_option("--set", fieldValues, s(tr("fill a template field: --set scope=\"checkout API\" (repeatable)")));
    std::string audienceId = "internal";
    report->add_option("--audience", audienceId, s(tr("who the update is for: internal (responders) or external "
                                                      "(stakeholders, no request details)")));

    CLI::App* handover = cli.add_subcommand("handover", s(tr("hand over command; every seat and the timeline see it")));
    addIncidentOption(handover);
    std::string newCommander;
    handover->add_option("--to", newCommander, s(tr("who takes command")))->required();

    CLI::App* moveVerb = cli.add_subcommand("move", s(tr("move an incident, while it runs, to a shared store; prints its "
                                                         "new id and how others join")));
    addIncidentOption(moveVerb);
    std::string moveTarget;
    moveVerb->add_option("--to", moveTarget, s(tr("the shared store: postgresql://user@host:5432/database")))->required();

    CLI::App* follow = cli.add_subcommand("follow", s(tr("print the incident's events, then each new one as any seat "
                                                          "records it, until Ctrl+C")));
    addIncidentOption(follow);
    bool followJson = false;
    follow->add_flag("--json", followJson, s(tr("one JSON object per line: id, at, kind, text, author, role")));

    CLI::App* alertsVerb = cli.add_subcommand("alerts", s(tr("list the alerts firing in Alertmanager")));
    bool alertsJson = false;
    alertsVerb->add_flag("--json", alertsJson, s(tr("print JSON: fingerprint, labels, annotations, startsAt, state")));

    CLI::App* attachVerb = cli.add_subcommand("attach", s(tr("attach an Alertmanager alert to an incident: its "
                                                             "resolving and firing again land in the timeline")));
    addIncidentOption(attachVerb);
    std::string attachFingerprint;
    attachVerb->add_option("--alert", attachFingerprint, s(tr("the alert's fingerprint (see \"alerts\")")))->required();

    CLI::App* runbookVerb = cli.add_subcommand("runbook", s(tr("work with Markdown runbooks")));
    CLI::App* runbookCheck = runbookVerb->add_subcommand("check", s(tr("print what the console understands of a runbook; "
                                                                       "exits non-zero on errors")));
    runbookVerb->require_subcommand(1);
    std::string runbookFile;
    bool runbookJson = false;
    runbookCheck->add_option("file", runbookFile, s(tr("the Markdown file")))->required();
    runbookCheck->add_flag("--json", runbookJson, s(tr("print JSON instead of text")));

    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        if (error.get_exit_code() == 0)
            return cli.exit(error); // --help
        // The words quoted back are the user's: shown escaped like any other text.
        std::cerr << lines(q(error.what())) << '\n' << s(tr("Run with --help for more information.")) << std::endl;
        return error.get_exit_code();
    }
    const QString lang = language.empty() ? AppSettings::language() : q(language);
    if (runbookCheck->parsed()) {
        const Runbook runbook = RunbookRules::open(q(runbookFile));
        std::cout << (runbookJson ? s(RunbookReport::json(runbook)) : lines(RunbookReport::text(runbook)));
        return runbook.hasErrors() ? 1 : 0;
    }
    // Ids are read strictly: "0x1" or 2^64 must not quietly name another incident.
    const bool namesIncident =
        std::any_of(incidentOptions.begin(), incidentOptions.end(), [](const CLI::Option* o) { return o->count() > 0; });
    const std::optional<qint64> openId = openIncidentText.empty() ? 0 : incidentIdOf(openIncidentText);
    const std::optional<qint64> namedId = namesIncident ? incidentIdOf(incidentIdText) : 0;
    for (const auto& [id, option, text] : {std::tuple{openId, "--open", openIncidentText},
                                           std::tuple{namedId, "--incident", incidentIdText}}) {
        if (!id)
            return failure(tr("%1 \"%2\" is not an incident id: give the number \"list\" shows, such as 12.")
                               .arg(QLatin1String(option), q(text)),
                           2);
    }
    const qint64 incidentId = *namedId;
    if (cli.get_subcommands().empty())
        return openWindow(GlobalOptions{q(dbPath), lang, q(author), *openId, q(profile), wall,
                                        q(role.empty() && wall ? std::string("wall") : role), q(alertmanager)});
    // The Alertmanager of the verbs that ask it: as the window would choose it.
    auto alertmanagerSource = [&](QString* error) {
        DashboardProfile chosen;
        const QString profilePath = profile.empty() ? AppSettings::dashboardProfile() : q(profile);
        if (!profilePath.isEmpty()) {
            QString profileError;
            if (auto loaded = DashboardProfileLoader::load(profilePath, &profileError))
                chosen = *loaded;
            else if (!profile.empty())
                *error = profileError;
        }
        return error->isEmpty() ? AlertmanagerSources::resolve(q(alertmanager), chosen, AppSettings::alertmanager(), error)
                                : AlertmanagerSource();
    };
    if (alertsVerb->parsed()) {
        QString error;
        const AlertmanagerSource source = alertmanagerSource(&error);
        int total = 0;
        const auto alerts = error.isEmpty() ? AlertsCommand::fetch(source, &total, &error) : std::nullopt;
        if (!alerts)
            return failure(error);
        if (alertsJson) {
            std::cout << AlertsCommand::json(*alerts).toStdString();
        } else {
            QStringList header = AlertsCommand::header();
            std::cout << s(header.join(QLatin1Char('\t'))) << '\n';
            for (const AmAlert& alert : *alerts) {
                const QStringList row = AlertsCommand::cells(alert, source.severities);
                for (int i = 0; i < row.size(); ++i)
                    std::cout << (i ? "\t" : "") << cell(row.at(i));
                std::cout << '\n';
            }
        }
        if (total > alerts->size())
            std::cerr << s(tr("Showing %1 of %2 alerts: the list is capped.").arg(alerts->size()).arg(total)) << std::endl;
        return 0;
    }

    QString checklistWarning;
    const QByteArray checklistJson = DataFiles::checklist(lang, &checklistWarning);
    if (!checklistWarning.isEmpty())
        std::cerr << s(checklistWarning) << std::endl;

    IncidentStore store;
    if (!store.open(q(dbPath)))
        return failure(store.errorString(), 3);
    IncidentService service(store, Clock::system(), checklistJson, lang);
    service.setAuthor(q(author));
    Outbox outbox(Outbox::fileFor(DataFiles::dataDirectory(), store.path()));
    if (QString outboxError; !service.adoptOutbox(outbox, &outboxError))
        return failure(outboxError);
    // Said once the command's work is kept: what waits for the server, and where.
    auto waitingNote = [&outbox, &store] {
        if (!outbox.isEmpty())
            std::cerr << lines(tr("%1 cannot be reached: %n change(s) wait in %2 and are sent when a console "
                                  "reaches it again.", nullptr, outbox.size())
                                   .arg(store.path(), outbox.file()))
                      << std::endl;
    };

    if (list->parsed()) {
        const QList<IncidentSummary> incidents = store.listIncidents();
        if (!store.errorString().isEmpty())
            return failure(store.errorString());
        std::cout << s(tr("ID\tSEV\tSTATUS\tSTARTED\tEVENTS\tTITLE")) << '\n';
        for (const IncidentSummary& i : incidents) {
            std::cout << i.id << '\t' << s(SeverityInfo::label(i.severity)) << '\t'
                      << s(IncidentStatusInfo::key(i.status)) << '\t'
                      << s(QDateTime::fromMSecsSinceEpoch(i.startedMs).toString(Qt::ISODate)) << '\t' << i.eventCount
                      << '\t' << cell(i.title) << '\n';
        }
        return 0;
    }
    if (create->parsed()) {
        DeclareRequest request{q(title), *SeverityInfo::fromNumber(std::stoi(severity)), q(commander), 0};
        if (!fromAlert.empty()) {
            QString error;
            const AlertmanagerSource source = alertmanagerSource(&error);
            const auto alert = error.isEmpty() ? AlertsCommand::find(source, q(fromAlert), &error) : std::nullopt;
            if (!alert)
                return failure(error);
            const DeclareRequest proposed = IncidentService::declareFrom({*alert}, source.severities, Clock::system().nowMs());
            request.firstEvents = proposed.firstEvents;
            request.startedMs = proposed.startedMs;
            request.detectedMs = proposed.detectedMs;
            if (title.empty())
                request.title = proposed.title;
            if (create->count("--sev") == 0)
                request.severity = proposed.severity;
        } else if (title.empty()) {
            return failure(tr("Give --title (what is broken), or --from-alert FINGERPRINT."), 2);
        }
        if (!started.empty()) {
            const QDateTime at = QDateTime::fromString(q(started), Qt::ISODate);
            if (!at.isValid())
                return failure(tr("--started \"%1\" is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.")
                                   .arg(q(started)));
            // A few minutes of clock skew between machines is fine; a start in the future is a typo.
            if (at.toMSecsSinceEpoch() > Clock::system().nowMs() + 5 * 60'000)
                return failure(tr("--started \"%1\" is in the future; give the moment the impact began.").arg(q(started)));
            request.startedMs = at.toMSecsSinceEpoch();
        }
        if (!service.declare(request))
            return failure(service.lastError());
        AppSettings::setLastIncident(store.path(), service.current()->id());
        std::cout << service.current()->id() << std::endl;
        return 0;
    }
    if (demo->parsed()) {
        if (!service.openDemo(DataFiles::demoIncident()))
            return failure(service.lastError());
        AppSettings::setLastIncident(store.path(), service.current()->id());
        std::cout << service.current()->id() << std::endl;
        return 0;
    }
    if (!service.open(incidentId))
        return failure(service.lastError());
    service.setRole(q(role));
    if (follow->parsed())
        return FollowCommand::run(service, followJson);
    if (moveVerb->parsed()) {
        IncidentStore target;
        if (!target.open(q(moveTarget)))
            return failure(target.errorString(), 3);
        QString error;
        const qint64 moved = IncidentMove::move(store, incidentId, target, q(author), Clock::system().nowMs(), &error);
        if (moved == 0)
            return failure(error);
        AppSettings::setLastIncident(target.path(), moved);
        std::cout << moved << '\n' << lines(IncidentMove::invitation(target, moved)) << std::endl;
        return 0;
    }
    if (attachVerb->parsed()) {
        QString error;
        const AlertmanagerSource source = alertmanagerSource(&error);
        const auto alert = error.isEmpty() ? AlertsCommand::find(source, q(attachFingerprint), &error) : std::nullopt;
        if (!alert)
            return failure(error);
        if (!service.attachAlert(*alert))
            return failure(service.lastError());
        waitingNote();
        return 0;
    }
    if (handover->parsed())
        return service.handOverCommand(q(newCommander)) ? 0 : failure(service.lastError());
    if (note->parsed()) {
        QStringList text;
        for (const std::string& word : words)
            text << q(word);
        if (!service.addEvent(*EventKindInfo::fromKey(q(kind)), text.join(QLatin1Char(' '))))
            return failure(service.lastError());
        waitingNote();
        return 0;
    }
    if (check->parsed()) {
        if (itemId.empty()) {
            const Incident& incident = *service.current();
            for (const ChecklistPhase& phase : incident.checklist().phases) {
                std::cout << cell(phase.title) << '\n';
                for (const ChecklistItem& item : phase.items)
                    std::cout << "  [" << (incident.isChecked(item.id) ? 'x' : ' ') << "] " << cell(item.id) << "  "
                              << cell(item.text) << '\n';
            }
            return 0;
        }
        return service.setItemChecked(q(itemId), !uncheck) ? 0 : failure(service.lastError());
    }
    if (status->parsed()) {
        qint64 atMs = 0;
        if (!statusAt.empty()) {
            const QDateTime at = QDateTime::fromString(q(statusAt), Qt::ISODate);
            if (!at.isValid())
                return failure(tr("--at \"%1\" is not an ISO 8601 time such as 2026-11-21T09:30:00+09:00.").arg(q(statusAt)));
            atMs = at.toMSecsSinceEpoch();
        }
        return service.setStatus(*IncidentStatusInfo::fromKey(q(statusKey)), atMs) ? 0 : failure(service.lastError());
    }
    if (sev->parsed())
        return service.setSeverity(*SeverityInfo::fromNumber(std::stoi(newSeverity))) ? 0 : failure(service.lastError());
    if (report->parsed()) {
        QString warning;
        const ReportTemplates templates = DataFiles::reportTemplates(lang, &warning);
        if (!warning.isEmpty())
            std::cerr << s(warning) << std::endl;
        const SevReportTemplate* sevReport = templates.report(service.current()->data().severity);
        if (!sevReport)
            return failure(tr("There is no report template for %1.").arg(SeverityInfo::label(service.current()->data().severity)));
        QHash<QString, QString> values;
        for (const std::string& pair : fieldValues) {
            const QString text = q(pair);
            const qsizetype eq = text.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return failure(tr("--set \"%1\" is not field=value.").arg(text), 2);
            values.insert(text.left(eq).trimmed(), text.mid(eq + 1));
        }
        const ReportContext context =
            ReportComposer::contextOf(*service.current(), store.loadSamples(incidentId), Clock::system().nowMs());
        const ReportAudience* audience = templates.audience(q(audienceId));
        if (!audience || sevReport->formatFor(audience->id).isEmpty())
            return failure(tr("--audience \"%1\" is not an audience of the %2 report.")
                               .arg(q(audienceId), SeverityInfo::label(service.current()->data().severity)),
                           2);
        std::cout << lines(ReportComposer::fill(*sevReport, context, values, *audience)) << std::endl;
        return 0;
    }
    if (exportVerb->parsed()) {
        QString error;
        if (!PostmortemExport::write(*service.current(), store.loadSamples(incidentId), q(out), Clock::system().nowMs(),
                                     &error))
            return failure(error);
        std::cout << lines(tr("Post-mortem written to %1").arg(QFileInfo(q(out)).absoluteFilePath())) << std::endl;
        return 0;
    }
    return failure(tr("Name a command (see --help)."), 2);
}
