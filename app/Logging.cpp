#include "Logging.h"

#include "TerminalText.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {
QString g_path;

// Plain qDebug() stays off, as before: only a module's category is turned up.
const QString DefaultRules = QStringLiteral("default.debug=false");

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    // One line per message, and a URL or title cannot write control characters into the log.
    const std::string text = TerminalText::printable(message, TerminalText::Layout::OneLine).toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

// The Qt message types a level leaves on, least severe first.
std::optional<QList<bool>> enabledFor(const QString& level)
{
    static const QStringList levels = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                       QStringLiteral("error")};
    const qsizetype index = levels.indexOf(level);
    if (index < 0)
        return std::nullopt;
    QList<bool> on;
    for (qsizetype i = 0; i < levels.size(); ++i)
        on << (i >= index);
    return on;
}
} // namespace

void Logging::start(const QString& directory, bool echoWarnings)
{
    std::vector<spdlog::sink_ptr> sinks;
    g_path.clear();
    if (!directory.isEmpty()) {
        QDir().mkpath(directory);
        g_path = QDir(directory).filePath(QStringLiteral("incident-console.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_path.toStdString(), 5 * 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex&) {
            g_path.clear(); // an unwritable data directory must not stop the console
        }
    }
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(echoWarnings ? spdlog::level::warn : spdlog::level::err);
    sinks.push_back(stderrSink);
    auto logger = std::make_shared<spdlog::logger>("console", sinks.begin(), sinks.end());
    // The categories choose what is written (see setLevels); what they let through is kept, at once.
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::debug);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
}

QString Logging::logFilePath()
{
    return g_path;
}

std::optional<QString> Logging::rulesFor(const QString& levels, QString* error)
{
    // A category name as Qt's rules read it, with "*" only at an end: no "=" or line break slips in.
    static const QRegularExpression categoryName(QStringLiteral("^\\*?[A-Za-z0-9_.-]+\\*?$"));
    static const QStringList types = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"),
                                      QStringLiteral("critical")};
    QStringList everyModule;
    QStringList oneModule; // after the general level, so "ic.network=debug,warning" keeps the network at debug
    for (const QString& part : levels.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString category = eq < 0 ? QStringLiteral("ic.*") : word.left(eq).trimmed();
        const auto on = enabledFor(eq < 0 ? word : word.mid(eq + 1).trimmed());
        if (!on || !categoryName.match(category).hasMatch()) {
            if (error)
                *error = QCoreApplication::translate("Logging", "\"%1\" is not a log level: give debug, info, warning "
                                                                "or error, or one module's as ic.network=debug.")
                             .arg(part.trimmed());
            return std::nullopt;
        }
        QStringList& rules = eq < 0 ? everyModule : oneModule;
        for (qsizetype i = 0; i < types.size(); ++i)
            rules << category + QLatin1Char('.') + types.at(i) + (on->at(i) ? QLatin1String("=true") : QLatin1String("=false"));
    }
    return (everyModule + oneModule).join(QLatin1Char('\n'));
}

bool Logging::setLevels(const QString& levels, QString* error)
{
    const std::optional<QString> rules = rulesFor(levels, error);
    QLoggingCategory::setFilterRules(rules && !rules->isEmpty() ? DefaultRules + QLatin1Char('\n') + *rules : DefaultRules);
    return rules.has_value();
}

QString Logging::levelsFromArguments(int argc, char** argv)
{
    QStringList levels;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == QLatin1String("--log-level") && i + 1 < argc)
            levels << QString::fromLocal8Bit(argv[++i]);
        else if (arg.startsWith(QLatin1String("--log-level=")))
            levels << arg.mid(12);
    }
    return levels.join(QLatin1Char(','));
}
