#include "ConsoleMain.h"

#include "AppSettings.h"
#include "Clock.h"
#include "CommandLine.h"
#include "DataFiles.h"
#include "FirstPaintProbe.h"
#include "Incident.h"
#include "IncidentService.h"
#include "Language.h"
#include "LogCategories.h"
#include "Logging.h"
#include "DashboardProfileLoader.h"
#include "AlertmanagerSources.h"
#include "MainWindow.h"
#include "MetricsController.h"
#include "network/Network.h"
#include "storage/IncidentFollower.h"
#include "storage/IncidentStore.h"
#include "storage/EventWriter.h"
#include "storage/Outbox.h"
#include "storage/SampleWriter.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>
#include <QMessageBox>
#include <memory>

namespace {
// The profile named on the command line, else the one chosen last, else the user's, else the shipped one.
DashboardProfile loadProfile(const QString& requested, QString* warning)
{
    QStringList candidates{requested, AppSettings::dashboardProfile()};
    if (QFileInfo::exists(DataFiles::userDashboardProfile()))
        candidates << DataFiles::userDashboardProfile();
    for (const QString& path : candidates) {
        if (path.isEmpty())
            continue;
        QString error;
        QStringList notes;
        if (auto profile = DashboardProfileLoader::load(path, &error, &notes)) {
            for (const QString& note : notes)
                qCInfo(lcApp, "%s", qUtf8Printable(note));
            return *profile;
        }
        *warning = QApplication::translate("ConsoleMain", "%1\nThe shipped dashboard profile is used instead.").arg(error);
        break;
    }
    QString error;
    auto shipped = DashboardProfileLoader::load(DataFiles::shippedDashboardProfile(), &error);
    Q_ASSERT(shipped);
    return shipped.value_or(DashboardProfile());
}

int openWindow(const CommandLine::GlobalOptions& options)
{
    IncidentStore store;
    // A shared store that is away (a restart, a network cut) does not stop the seat: it starts offline and
    // opens its incident when the server answers. Anything else wrong with the store is said and ends here.
    const bool storeOpen = store.open(options.storePath);
    if (!storeOpen && !(store.isShared() && store.lostConnection())) {
        QMessageBox::critical(nullptr, QApplication::translate("ConsoleMain", "Incident Console cannot start"),
                              store.errorString());
        return 3;
    }
    QString language = options.language;
    QString checklistWarning;
    IncidentService service(store, Clock::system(), DataFiles::checklist(language, &checklistWarning), language);
    service.setAuthor(options.author);
    // Panels refresh every second: their samples are kept from a thread of their own.
    SampleWriter samples(store.location());
    service.setSampleWriter(&samples);
    // This seat's own timeline work is committed from a thread of its own too, shown as pending until then.
    EventWriter writer(store.location());
    service.setEventWriter(&writer);
    // What other seats (and other consoles on this file) record arrives from a thread of its own.
    IncidentFollower follower(store.location());
    service.setFollower(&follower);
    // A shared store may go away: this seat keeps recording into its outbox meanwhile.
    Outbox outbox(Outbox::fileFor(DataFiles::dataDirectory(), store.path()));
    if (QString outboxError; !service.adoptOutbox(outbox, &outboxError))
        QMessageBox::warning(nullptr, QApplication::translate("ConsoleMain", "Incident Console"), outboxError);
    const auto openStartIncident = [&] {
        if (options.openIncident != 0) {
            if (!service.open(options.openIncident))
                QMessageBox::warning(nullptr, QApplication::translate("ConsoleMain", "Incident Console"), service.lastError());
        } else if (const qint64 last = AppSettings::lastIncident(store.path())) {
            service.open(last); // one that is gone (another store, say) simply opens nothing
        }
        if (service.current() && !options.role.isEmpty())
            service.joinAs(options.role);
        else
            service.setRole(options.role);
    };
    if (storeOpen) {
        openStartIncident();
    } else {
        qCWarning(lcApp, "%s", qUtf8Printable(store.errorString()));
        service.setRole(options.role);
        service.storeLost(Clock::system().nowMs());
        // The follower's own connection says when the server answers again (no waiting here meanwhile).
        QObject::connect(&follower, &IncidentFollower::connectionRestored, &service, [&] {
            if (!store.isOpen() && store.open(options.storePath))
                openStartIncident();
        });
    }

    QString templateWarning;
    DataFiles::reportTemplates(language, &templateWarning).applyToSeverities();
    Network network;
    MetricsController metrics(network, Clock::system());
    QString profileWarning;
    metrics.setProfile(loadProfile(options.dashboardProfile, &profileWarning));
    metrics.start();

    std::unique_ptr<MainWindow> window;
    std::function<void()> build;
    build = [&] {
        QString ignored;
        MainWindow::Parts parts{&metrics, &network, DataFiles::reportTemplates(language, &ignored), DataFiles::demoIncident()};
        parts.templates.applyToSeverities();
        QString alertmanagerError;
        parts.alertmanager = AlertmanagerSources::resolve(options.alertmanager, metrics.profile(),
                                                          AppSettings::alertmanager(), &alertmanagerError);
        window = std::make_unique<MainWindow>(service, std::move(parts));
        if (!alertmanagerError.isEmpty())
            QMessageBox::warning(window.get(), QApplication::translate("ConsoleMain", "Alertmanager"), alertmanagerError);
        QObject::connect(window.get(), &MainWindow::languageChangeRequested, window.get(), [&](const QString& code) {
            if (code == language)
                return;
            language = code;
            AppSettings::setLanguage(code);
            Language::install(code);
            // Rebuild the window after this slot returns: every label is created in the new language.
            QMetaObject::invokeMethod(qApp, [&] {
                const qint64 open = service.current() ? service.current()->id() : 0;
                service.setLanguage(language);
                window.reset();
                build();
                if (open)
                    service.openInBackground(open); // read again, in the new language, off the UI thread
            }, Qt::QueuedConnection);
        });
        window->show();
    };
    build();
    if (FirstPaintProbe::wanted())
        new FirstPaintProbe(window.get());
    if (!checklistWarning.isEmpty())
        QMessageBox::warning(window.get(), QApplication::translate("ConsoleMain", "Checklist"), checklistWarning);
    if (!templateWarning.isEmpty())
        QMessageBox::warning(window.get(), QApplication::translate("ConsoleMain", "Templates"), templateWarning);
    if (options.wall) {
        // A wall console only shows: the follower brings what the other seats record.
        window->hide();
        window->openWallView(0);
        QObject::connect(window->wallView(), &QObject::destroyed, qApp, &QCoreApplication::quit);
    }
    if (!profileWarning.isEmpty())
        QMessageBox::warning(window.get(), QApplication::translate("ConsoleMain", "Dashboard profile"), profileWarning);
    const int status = QApplication::exec();
    // What is still on its way is recorded, or kept in the outbox while a shared store is away.
    service.waitForWrites();
    service.setEventWriter(nullptr);
    return status;
}
} // namespace

int runConsole(int argc, char** argv)
{
    const bool headless = CommandLine::wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless && CommandLine::drawsCharts(argc, argv)) {
        // Chart images are drawn with widgets; off screen, no display is needed.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("IncidentConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("incident-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IC_VERSION));
    Logging::start(CommandLine::writesNothing(argc, argv) ? QString() : DataFiles::dataDirectory(), !headless);
    Logging::setLevels(Logging::levelsFromArguments(argc, argv)); // words it does not know: the parser says so
    QString language = Language::fromArguments(argc, argv);
    if (language.isEmpty())
        language = AppSettings::language();
    Language::install(language);
    qCInfo(lcApp, "incident-console %s starting (%s)", IC_VERSION, headless ? "headless" : "window");
    return CommandLine::run(argc, argv, openWindow);
}
