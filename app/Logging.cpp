#include "Logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace {
QString g_path;

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
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
} // namespace

void Logging::start(const QString& directory)
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
    stderrSink->set_level(spdlog::level::warn);
    sinks.push_back(stderrSink);
    auto logger = std::make_shared<spdlog::logger>("console", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
}

QString Logging::logFilePath()
{
    return g_path;
}
